import type { GuidedError } from '../../content/types.ts';
import { assertNever, type TreeNode } from '../../engine/index.ts';
import { EscalationScreen } from './escalation-screen.tsx';
import { FixScreen } from './fix-screen.tsx';
import { QuestionScreen } from './question-screen.tsx';
import { ResolvedScreen } from './resolved-screen.tsx';
import type { ChoiceLink } from './step-links.ts';
import { WaitScreen } from './wait-screen.tsx';

interface Props {
  readonly node: TreeNode;
  readonly entry: GuidedError;
  readonly links: readonly ChoiceLink[];
  readonly fingerprint: string;
  /** Changes with every visit to a step, so a wait's clock restarts on "wait longer". */
  readonly visit: string;
}

/** The body of a step, by the kind of node the engine says the user is on. */
export function NodeScreen({ node, entry, links, fingerprint, visit }: Props) {
  switch (node.kind) {
    case 'question':
      return <QuestionScreen node={node} links={links} />;
    case 'fix':
      return <FixScreen node={node} links={links} slug={entry.slug} fingerprint={fingerprint} />;
    case 'wait':
      return <WaitScreen key={visit} node={node} links={links} />;
    case 'escalation':
      return <EscalationScreen node={node} entry={entry} />;
    case 'resolved':
      return <ResolvedScreen node={node} slug={entry.slug} />;
    default:
      return assertNever(node);
  }
}
