import type { GuidedError } from '../content/types.ts';
import { CostList } from './cost-list.tsx';

/** When to call an expert, what they will do and what it may cost (guide and escalation). */
export function ExpertDetails({ expert }: { readonly expert: GuidedError['expert'] }) {
  return (
    <>
      <h2 id="expert">When to call an expert</h2>
      {expert.when.map((p) => (
        <p key={p}>{p}</p>
      ))}
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
