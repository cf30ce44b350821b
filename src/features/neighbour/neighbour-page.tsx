import type { NeighbourError } from '../../content/types.ts';

/** A neighbouring code (first cut): what it is. */
export function NeighbourPage({ entry }: { readonly entry: NeighbourError }) {
  return (
    <article className="stack">
      <h1>{entry.title}</h1>
      {entry.whatItIs.map((p) => (
        <p key={p}>{p}</p>
      ))}
    </article>
  );
}
