import { toTree } from '../../content/runtime/to-tree.ts';
import type { GuidedError } from '../../content/types.ts';
import { fingerprint } from '../../engine/index.ts';
import { paths, type LinkOptions } from '../../routing/paths.ts';
import { IslandSlot } from '../../ui/island-slot.tsx';
import { PageLink } from '../../ui/page-link.tsx';
import { startPath } from './guide-links.ts';
import { FixProcedures, HelpEndings, WaitGuidance } from './procedures.tsx';

/**
 * `/errors/<code>/checklist`: every fix of one error on one page, with boxes to tick, to work
 * through on screen or print. Readable without JavaScript; the ticks island keeps the ticks.
 */
export function ChecklistPage({
  entry,
  options,
  address,
}: {
  readonly entry: GuidedError;
  readonly options: LinkOptions;
  /**
   * The page's own address, printed at the foot so a paper copy leads back here: the site's
   * address when the build knows it; otherwise the path, which the page's script completes.
   */
  readonly address: string;
}) {
  const tree = toTree(entry.tree);
  return (
    <article className="guide checklist stack">
      <header className="stack">
        <p className="eyebrow no-print">
          <PageLink to={paths.error(entry.slug, options)}>Error {entry.code} guide</PageLink>
        </p>
        <h1>Every fix for Error {entry.code}, to tick off or print</h1>
        <p className="lede">
          Not sure which fix you need?{' '}
          <PageLink to={startPath(tree, entry.slug, options)}>
            Answer a few questions instead
          </PageLink>{' '}
          and go straight to yours.
        </p>
        <p className="no-print needs-js">
          <button type="button" className="button button--secondary" data-action="print">
            Print this checklist
          </button>
        </p>
      </header>
      <IslandSlot
        name="ticks"
        props={{ slug: entry.slug, fingerprint: fingerprint(tree) }}
        className="island"
      />
      <FixProcedures
        slug={entry.slug}
        compiled={entry.tree}
        tree={tree}
        repairTotal={entry.repairSteps?.length ?? 0}
      />
      <WaitGuidance compiled={entry.tree} />
      <section aria-labelledby="help-title">
        <h2 id="help-title">When to get help</h2>
        <HelpEndings compiled={entry.tree} />
      </section>
      <p className="print-only">
        Printed from <span data-fill="address">{address}</span>
      </p>
    </article>
  );
}
