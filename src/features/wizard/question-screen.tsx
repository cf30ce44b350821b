import type { ChoiceModel, QuestionNode } from '../../engine/index.ts';
import type { LinkOptions } from '../../routing/paths.ts';
import { ChoiceList } from './choice-list.tsx';

export function QuestionScreen({
  node,
  slug,
  choices,
  options,
}: {
  readonly node: QuestionNode;
  readonly slug: string;
  readonly choices: readonly ChoiceModel[];
  readonly options: LinkOptions;
}) {
  return (
    <>
      {node.help && <p className="lede">{node.help}</p>}
      <ChoiceList slug={slug} choices={choices} options={options} idPrefix={node.id} />
    </>
  );
}
