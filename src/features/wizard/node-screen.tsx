import type { GuidedError } from '../../content/types.ts';
import { assertNever, fingerprint, type StepModel } from '../../engine/index.ts';
import type { LinkOptions } from '../../routing/paths.ts';
import { EscalationScreen } from './escalation-screen.tsx';
import { FixScreen } from './fix-screen.tsx';
import { QuestionScreen } from './question-screen.tsx';
import { ResolvedScreen } from './resolved-screen.tsx';
import { WaitScreen } from './wait-screen.tsx';

interface Props {
  readonly model: StepModel;
  readonly entry: GuidedError;
  readonly options: LinkOptions;
}

/** The body of a step, by the kind of node the engine says the person is on. */
export function NodeScreen({ model, entry, options }: Props) {
  const { node, choices } = model;
  const slug = entry.slug;
  switch (node.kind) {
    case 'question':
      return <QuestionScreen node={node} slug={slug} choices={choices} options={options} />;
    case 'fix':
      return (
        <FixScreen
          node={node}
          choices={choices}
          slug={slug}
          fingerprint={fingerprint(model.tree)}
          options={options}
          itemNumbers={model.itemNumbers}
          repairTotal={entry.repairSteps?.length ?? 0}
        />
      );
    case 'wait':
      return (
        <WaitScreen
          // A new visit to the wait (after "wait longer") restarts its clock.
          key={model.encoded}
          node={node}
          choices={choices}
          slug={slug}
          visit={model.encoded}
          options={options}
        />
      );
    case 'escalation':
      return <EscalationScreen node={node} entry={entry} />;
    case 'resolved':
      return <ResolvedScreen node={node} slug={slug} mode={options.mode ?? 'owner'} />;
    default:
      return assertNever(node);
  }
}
