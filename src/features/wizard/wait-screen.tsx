import { useState } from 'react';
import type { ChoiceModel, WaitNode } from '../../engine/index.ts';
import type { LinkOptions } from '../../routing/paths.ts';
import { useProgress } from '../../store/use-progress.ts';
import { ClaimNote } from '../../ui/claim-note.tsx';
import { ChoiceList } from './choice-list.tsx';
import { useMounted } from '../../ui/use-mounted.ts';
import { retryWindow, waitLength } from './wait-clock.ts';

/** A wait: what is happening, the clock time to try again, what to do meanwhile, data safety. */
export function WaitScreen({
  node,
  choices,
  slug,
  visit,
  options,
}: {
  readonly node: WaitNode;
  readonly choices: readonly ChoiceModel[];
  readonly slug: string;
  readonly options: LinkOptions;
  /** The encoded session of this visit to the wait. */
  readonly visit: string;
}) {
  // Counted from when this wait was first reached (saved progress remembers it), so coming
  // back later does not restart the clock; fixed for the life of the screen, so it never creeps.
  const saved = useProgress((state) => state.bySlug[slug]);
  const [now] = useState(() => new Date());
  const startedAt =
    saved?.session === visit ? new Date(Math.min(saved.updatedAt, now.getTime())) : now;
  const retry = retryWindow(startedAt, node.wait, { now });
  // Clock times belong to the reader's own clock: prerendered, the wait says how long instead.
  const mounted = useMounted();
  const roughly = `Try again in ${waitLength(node.wait)}`;
  const answers = (
    <>
      <h2>After waiting, what happened?</h2>
      <ChoiceList slug={slug} choices={choices} options={options} idPrefix={node.id} />
    </>
  );
  // An agent has the wait's script above: the time to try again and the answers come first.
  const answersFirst = options.mode === 'agent';
  const body = <p className="lede">{node.body}</p>;
  return (
    <>
      {!answersFirst && body}
      <p className="notice retry">
        {mounted && retry.started && <>{retry.started} </>}
        <strong>{mounted ? retry.sentence : roughly}.</strong>
      </p>
      <ClaimNote basis={node.basis} />
      {answersFirst && answers}
      {answersFirst && body}
      <div className="notice notice--safe">
        <h2>Your data is safe</h2>
        <p>{node.dataSafety}</p>
      </div>
      <h2>While you wait</h2>
      <ul className="bullets">
        {node.meanwhile.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      {!answersFirst && answers}
    </>
  );
}
