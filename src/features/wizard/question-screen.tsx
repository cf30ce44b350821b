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
  const help = node.help && <p className="lede">{node.help}</p>;
  // An agent has the question's script above: the answers come straight after it, in view.
  const answersFirst = options.mode === 'agent';
  return (
    <>
      {!answersFirst && help}
      <ChoiceList slug={slug} choices={choices} options={options} idPrefix={node.id} />
      {answersFirst && help}
    </>
  );
}
