import type { FixNode } from '../../engine/index.ts';
import { checkKey } from '../../store/check-key.ts';
import { FixSteps } from '../../ui/fix-steps.tsx';
import { RiskWarning } from '../../ui/risk-warning.tsx';
import { ChoiceList } from './choice-list.tsx';
import type { ChoiceLink } from './step-links.ts';

interface Props {
  readonly node: FixNode;
  readonly links: readonly ChoiceLink[];
  readonly slug: string;
  readonly fingerprint: string;
}

/** A fix: numbered steps with tick boxes that stay ticked, then "Did this fix it?". */
export function FixScreen({ node, links, slug, fingerprint }: Props) {
  return (
    <>
      {node.intro && <p className="lede">{node.intro}</p>}
      {node.risk && <RiskWarning text={node.risk} />}
      <h2>Do these steps in order</h2>
      <p className="muted">
        Tick each step as you finish it. We remember the ticks in this browser.
      </p>
      <FixSteps
        steps={node.steps}
        idPrefix={`check-${node.id}`}
        keyOf={(index) => checkKey(slug, fingerprint, node.id, index)}
      />
      <h2>Did this fix it?</h2>
      <ChoiceList links={links} idPrefix={node.id} />
    </>
  );
}
