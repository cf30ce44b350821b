import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { absoluteUrl, paths } from '../../app/paths.ts';
import { useLinkOptions } from '../../app/use-mode.ts';
import { site } from '../../content/runtime/app-content.ts';
import { toTree } from '../../content/runtime/to-tree.ts';
import type { GuidedError } from '../../content/types.ts';
import { Paragraphs } from '../../ui/paragraphs.tsx';
import { startHref } from '../wizard/step-links.ts';
import { CauseList } from './cause-list.tsx';
import { ExpertDetails } from './expert-details.tsx';
import { IsAndIsNot } from './is-and-is-not.tsx';
import { FixProcedures, HelpEndings, WaitGuidance } from './procedures.tsx';
import { RelatedErrors, Sources } from './related-and-sources.tsx';
import { printChecklist } from './print-checklist.ts';
import { ResumeBox } from './resume-box.tsx';
import { SnapshotList } from './snapshot-list.tsx';
import { VersionTable } from './version-table.tsx';

/** `/errors/<code>` for a covered error: the way in, then the whole guide, top to bottom. */
export function GuidePage({
  entry,
  notice,
}: {
  readonly entry: GuidedError;
  /** Shown under the title: e.g. why a step link could not be opened. */
  readonly notice?: ReactNode;
}) {
  const tree = toTree(entry.tree);
  const options = useLinkOptions();
  const [lede, ...summary] = entry.summary;
  return (
    <article className="guide stack">
      <header className="stack">
        <p className="eyebrow">QuickBooks Desktop · {entry.appearsWhen}</p>
        <h1>{entry.title}</h1>
        {notice}
        <p className="lede">{lede}</p>
        <Paragraphs items={summary} />
      </header>
      <div className="start no-print">
        <Link className="button button--start" to={startHref(tree, entry.slug, options)}>
          Fix it step by step
        </Link>
        <p className="muted">
          One question at a time. You can stop and come back: this browser keeps your place.
        </p>
        <ResumeBox tree={tree} slug={entry.slug} />
      </div>
      <SnapshotList snapshot={entry.snapshot} />
      {entry.quickFix && (
        <section className="notice" aria-labelledby="quick-title">
          <h2 id="quick-title">The quick fix</h2>
          <p>{entry.quickFix}</p>
        </section>
      )}
      <IsAndIsNot entry={entry} />
      <CauseList entry={entry} tree={tree} />
      <section aria-labelledby="risk-title">
        <h2 id="risk-title">Is your data at risk?</h2>
        <Paragraphs items={entry.dataAtRisk} />
      </section>
      <section aria-labelledby="anatomy-title">
        <h2 id="anatomy-title">What is going on behind the scenes</h2>
        <Paragraphs items={entry.anatomy} />
      </section>
      <section aria-labelledby="delay-title">
        <h2 id="delay-title">What it costs to wait</h2>
        <dl className="pairs">
          <dt>Today</dt>
          <dd>{entry.costOfDelay.today}</dd>
          <dt>By the end of the week</dt>
          <dd>{entry.costOfDelay.endOfWeek}</dd>
        </dl>
      </section>
      <section aria-labelledby="raisers-title">
        <h2 id="raisers-title">When it is more serious</h2>
        <ul className="bullets">
          {entry.severityRaisers.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
      <div className="no-print">
        <button type="button" className="button button--secondary" onClick={printChecklist}>
          Print this checklist
        </button>
      </div>
      <FixProcedures slug={entry.slug} compiled={entry.tree} tree={tree} />
      <WaitGuidance compiled={entry.tree} />
      <section aria-labelledby="expert">
        <ExpertDetails expert={entry.expert} />
        <HelpEndings compiled={entry.tree} />
      </section>
      {entry.versionTable && <VersionTable table={entry.versionTable} />}
      {entry.outlook && (
        <section aria-labelledby="outlook-title">
          <h2 id="outlook-title">What to expect</h2>
          <p>{entry.outlook}</p>
        </section>
      )}
      <RelatedErrors related={entry.related} />
      <Sources sources={entry.sources} />
      <p className="print-only">
        Printed from {absoluteUrl(paths.error(entry.slug), site.baseUrl, import.meta.env.BASE_URL)}
      </p>
    </article>
  );
}
