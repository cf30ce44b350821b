import { toTree } from '../../content/runtime/to-tree.ts';
import type { GuidedError } from '../../content/types.ts';
import { fingerprint } from '../../engine/index.ts';
import { paths, type LinkOptions } from '../../routing/paths.ts';
import { ClaimNote } from '../../ui/claim-note.tsx';
import { ExpertDetails } from '../../ui/expert-details.tsx';
import { IslandSlot } from '../../ui/island-slot.tsx';
import { PageLink } from '../../ui/page-link.tsx';
import { Paragraphs } from '../../ui/paragraphs.tsx';
import { ScamWarning } from '../../ui/scam-warning.tsx';
import { site } from '../../content/runtime/app-content.ts';
import { CauseList } from './cause-list.tsx';
import { DeadlineLane } from './deadline-lane.tsx';
import { startPath } from './guide-links.ts';
import { IsAndIsNot } from './is-and-is-not.tsx';
import { RelatedErrors, Sources } from './related-and-sources.tsx';
import { RepairSteps } from './repair-steps.tsx';
import { SnapshotList } from './snapshot-list.tsx';
import { SoundsLikeMe } from './sounds-like-me.tsx';
import { VersionTable } from './version-table.tsx';

/**
 * `/errors/<code>` for a covered error, rendered once at build time: straight under the title,
 * the situations that lead straight to their fix (so a reader reaches theirs in a few words),
 * then the guide. Two islands: the link notice (a step link that could
 * not be opened) and the resume offer; both start only when there is something to say.
 */
export function GuidePage({
  entry,
  options,
}: {
  readonly entry: GuidedError;
  readonly options: LinkOptions;
}) {
  const tree = toTree(entry.tree);
  const start = startPath(tree, entry.slug, options);
  const [lede, ...summary] = entry.summary;
  return (
    <article className="guide stack">
      <header className="stack">
        <h1>{entry.title}</h1>
        <IslandSlot
          name="link-notice"
          props={{ slug: entry.slug, code: entry.code, start }}
          className="island"
        />
      </header>
      <DeadlineLane entry={entry} tree={tree} options={options} />
      <SoundsLikeMe entry={entry} tree={tree} options={options} />
      <div className="start no-print">
        <IslandSlot
          name="resume"
          props={{ slug: entry.slug, fingerprint: fingerprint(tree), start }}
          className="island"
        />
      </div>
      <p className="eyebrow">QuickBooks Desktop · {entry.appearsWhen}</p>
      <p className="lede">{lede}</p>
      <Paragraphs items={summary} />
      <SnapshotList snapshot={entry.snapshot} />
      {entry.quickFix && (
        <section className="notice" aria-labelledby="quick-title">
          <h2 id="quick-title">The quick fix</h2>
          <p>{entry.quickFix}</p>
          <ClaimNote basis={entry.quickFixBasis} />
        </section>
      )}
      <RepairSteps entry={entry} tree={tree} options={options} />
      <CauseList entry={entry} tree={tree} options={options} />
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
      <section aria-labelledby="expert">
        <ExpertDetails expert={entry.expert} />
        <ScamWarning id="scam-title" text={site.scamWarning} />
      </section>
      <IsAndIsNot entry={entry} options={options} />
      {entry.versionTable && <VersionTable table={entry.versionTable} />}
      {entry.outlook && (
        <section aria-labelledby="outlook-title">
          <h2 id="outlook-title">What to expect</h2>
          <p>{entry.outlook}</p>
        </section>
      )}
      <RelatedErrors related={entry.related} codeNames={entry.codeNames} options={options} />
      <Sources sources={entry.sources} />
      <p className="no-print guide-actions">
        <PageLink data-starts-guide={entry.slug} className="button button--secondary" to={start}>
          Fix it step by step
        </PageLink>{' '}
        <PageLink to={paths.checklist(entry.slug, options)}>
          Every fix on one page, to print
        </PageLink>
      </p>
    </article>
  );
}
