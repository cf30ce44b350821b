import type { GuidedError } from '../../content/types.ts';
import { site } from '../../content/runtime/app-content.ts';
import type { EscalationNode } from '../../engine/index.ts';
import { ExpertDetails } from '../../ui/expert-details.tsx';
import { ExternalLink } from '../../ui/external-link.tsx';

/** Time for an expert: why, who to contact, what they will do, the cost, and a scam warning. */
export function EscalationScreen({
  node,
  entry,
}: {
  readonly node: EscalationNode;
  readonly entry: GuidedError;
}) {
  const { contactName, callToAction, url } = site.escalation;
  return (
    <>
      <p className="lede">{node.reason}</p>
      <div className="card cta">
        <h2>Get help from {contactName}</h2>
        <p>
          <ExternalLink className="button" href={url}>
            {callToAction}
          </ExternalLink>
        </p>
      </div>
      <div className="notice notice--warning">
        <h2>Watch out for scams</h2>
        <p>{site.scamWarning}</p>
      </div>
      <ExpertDetails expert={entry.expert} withWhen={false} />
    </>
  );
}
