import { useState } from 'react';
import type { WaitNode } from '../../engine/index.ts';
import { ChoiceList } from './choice-list.tsx';
import type { ChoiceLink } from './step-links.ts';
import { retryWindow } from './wait-clock.ts';

/** A wait: what is happening, the clock time to try again, what to do meanwhile, data safety. */
export function WaitScreen({
  node,
  links,
}: {
  readonly node: WaitNode;
  readonly links: readonly ChoiceLink[];
}) {
  // The time is fixed when the step opens: it must not creep forward while the user waits.
  const [arrived] = useState(() => new Date());
  const retry = retryWindow(arrived, node.wait);
  return (
    <>
      <p className="lede">{node.body}</p>
      <p className="notice retry">
        <strong>{retry.sentence}.</strong>
      </p>
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
      <h2>After waiting, what happened?</h2>
      <ChoiceList links={links} idPrefix={node.id} />
    </>
  );
}
