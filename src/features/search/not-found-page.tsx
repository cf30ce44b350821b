import { site } from '../../content/runtime/app-content.ts';
import { IslandSlot } from '../../ui/island-slot.tsx';
import { CoveredCodes, type SearchPageProps } from './covered-codes.tsx';

/**
 * Any address Fixpath does not know (`404.html`, one page for every such address). The island
 * under the heading reads the address: for `/errors/<code>` it names the code and the closest
 * ones we know.
 */
export function NotFoundPage({ index, options }: SearchPageProps) {
  return (
    <div className="stack">
      <h1>We could not find that page</h1>
      <IslandSlot name="closest" props={{ mode: options.mode ?? 'owner' }} className="island" />
      <p className="lede">The address may be mistyped, or the page may have moved.</p>
      <section className="stack needs-js" aria-labelledby="find-title">
        <h2 id="find-title">Find your error</h2>
        <IslandSlot name="search" props={{ mode: options.mode ?? 'owner', onHome: false }} />
      </section>
      <CoveredCodes index={index} options={options} />
      <p className="muted">{site.name} is an independent guide to QuickBooks Desktop errors.</p>
    </div>
  );
}
