import type { QuestionNode } from '../../engine/index.ts';
import { ChoiceList } from './choice-list.tsx';
import type { ChoiceLink } from './step-links.ts';

export function QuestionScreen({
  node,
  links,
}: {
  readonly node: QuestionNode;
  readonly links: readonly ChoiceLink[];
}) {
  return (
    <>
      {node.help && <p className="lede">{node.help}</p>}
      <ChoiceList links={links} idPrefix={node.id} />
    </>
  );
}
