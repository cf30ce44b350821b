import type { ResolvedNode } from '../../engine/index.ts';
import type { Mode } from '../../routing/paths.ts';
import { HelpfulQuestion } from './helpful-question.tsx';

/** Fixed: what fixed it, how to avoid it next time, and "Was this helpful?". */
export function ResolvedScreen({
  node,
  slug,
  mode,
}: {
  readonly node: ResolvedNode;
  readonly slug: string;
  readonly mode: Mode;
}) {
  return (
    <>
      <div className="notice notice--safe">
        <h2>What fixed it</h2>
        <p>{node.whatFixedIt}</p>
      </div>
      <h2>How to avoid it next time</h2>
      <ul className="bullets">
        {node.prevention.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <HelpfulQuestion slug={slug} nodeId={node.id} mode={mode} />
    </>
  );
}
