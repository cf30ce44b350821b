import { site } from '../../content/runtime/app-content.ts';
import type { NotCovered } from '../../content/types.ts';

/** How to reach Intuit safely, for codes with no page: the Help menu, never a searched number. */
function ReachIntuit({ notCovered, headingId }: { notCovered: NotCovered; headingId: string }) {
  return (
    <div className="stack">
      <h3 id={headingId}>How to reach Intuit safely</h3>
      {notCovered.howToReachIntuit.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </div>
  );
}

/** A search named a code from a family with no page (content/site.yaml, `notCovered`). */
export function NotCoveredResult({ code, familyName }: { code: string; familyName: string }) {
  const notCovered = site.notCovered;
  return (
    <section className="stack" aria-labelledby="results-title">
      <h2 id="results-title">
        {site.name} doesn’t cover {code} yet
      </h2>
      <p>It belongs to a group of codes we don’t cover yet: {familyName}.</p>
      {notCovered && <p>{notCovered.explanation}</p>}
      {notCovered && <ReachIntuit notCovered={notCovered} headingId="reach-intuit-title" />}
    </section>
  );
}

/** The front door's list of the code families with no page yet: shown with or without JavaScript. */
export function NotCoveredCodes() {
  const notCovered = site.notCovered;
  if (!notCovered) return null;
  return (
    <section className="stack" aria-labelledby="not-covered-title">
      <h2 id="not-covered-title">Codes we don’t cover yet</h2>
      <ul aria-label="Codes we don’t cover yet">
        {notCovered.families.map((family) => (
          <li key={family.name}>{family.name}</li>
        ))}
      </ul>
      <p>{notCovered.explanation}</p>
      <ReachIntuit notCovered={notCovered} headingId="not-covered-reach-title" />
    </section>
  );
}
