import type { GuidedError } from '../content/types.ts';
import { CostList } from './cost-list.tsx';

/**
 * When to call an expert, what they will do and what it may cost. The error page shows it all;
 * an escalation step leaves out "when" (`withWhen={false}`): its own reason already says why
 * this person is here, and the other conditions may not fit their route.
 */
export function ExpertDetails({
  expert,
  withWhen = true,
}: {
  readonly expert: GuidedError['expert'];
  readonly withWhen?: boolean;
}) {
  return (
    <>
      {withWhen && (
        <>
          <h2 id="expert">When to call an expert</h2>
          {expert.when.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </>
      )}
      <h2>What a professional will do</h2>
      {expert.professionalWill.map((p) => (
        <p key={p}>{p}</p>
      ))}
      {(expert.costs.length > 0 || expert.costNote) && (
        <>
          <h2>What it may cost</h2>
          {expert.costs.length > 0 && <CostList costs={expert.costs} />}
          {expert.costNote && <p className="muted">{expert.costNote}</p>}
        </>
      )}
    </>
  );
}
