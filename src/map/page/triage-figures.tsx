/**
 * The triage check's figures for one tree (issue 10: the expected number of answers to reach a
 * fix, weighted by the causes' likelihoods, and the lower bound for those likelihoods). The
 * engine functions that compute them are being written separately: until they are wired in
 * (`triageFiguresFor` in map-pages.tsx), nothing is shown.
 */
export interface TriageFigures {
  readonly expectedAnswers: number;
  readonly lowerBound: number;
}

const figure = (value: number): string => value.toFixed(2);

export function TriageFiguresView({ figures }: { readonly figures: TriageFigures }) {
  return (
    <section aria-labelledby="map-triage-title">
      <h3 id="map-triage-title">How quickly this guide reaches a fix</h3>
      <dl className="map-authors__figures">
        <dt>Expected answers to reach a fix</dt>
        <dd>{figure(figures.expectedAnswers)}</dd>
        <dt>Lower bound for these likelihoods</dt>
        <dd>{figure(figures.lowerBound)}</dd>
      </dl>
      <p className="muted">
        Weighted by the causes’ likelihoods in the content file; equal weights where it gives none.
      </p>
    </section>
  );
}
