import { site } from '../../content/runtime/app-content.ts';
import { IslandSlot } from '../../ui/island-slot.tsx';
import { CoveredCodes, type SearchPageProps } from './covered-codes.tsx';
import { NotCoveredCodes } from './not-covered.tsx';

/**
 * The front door, rendered once at build time: find the right error by its code or by words
 * from the message. The search is an island; the list of every code works without JavaScript.
 */
export function HomePage({ index, options }: SearchPageProps) {
  return (
    <div className="stack front-door">
      <h1>{site.tagline}</h1>
      <p className="lede">
        {/* Without JavaScript there is no search box: the lede points to the list only. */}
        <span className="needs-js">
          Type the code from the error message, or a few words from it, and {site.name} will take
          you to the right guide. Or pick your error from the list below.
        </span>
        <span className="no-js-only">Pick your error from the list below.</span>
      </p>
      <IslandSlot name="search" props={{ mode: options.mode ?? 'owner', onHome: true }} />
      <CoveredCodes index={index} options={options} />
      <NotCoveredCodes />
    </div>
  );
}
