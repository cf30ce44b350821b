import type { GuidedError } from '../../content/types.ts';
import { site } from '../../content/runtime/app-content.ts';
import type { EscalationNode } from '../../engine/index.ts';
import { ClaimNote } from '../../ui/claim-note.tsx';
import { ExpertDetails } from '../../ui/expert-details.tsx';
import { ExternalLink } from '../../ui/external-link.tsx';
import { ScamWarning } from '../../ui/scam-warning.tsx';

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
      <ClaimNote basis={node.basis} />
      <div className="card cta">
        <h2>Get help from {contactName}</h2>
        <p>
          <ExternalLink className="button" href={url}>
            {callToAction}
          </ExternalLink>
        </p>
      </div>
      <ScamWarning id="scam-title" text={site.scamWarning} />
      <ExpertDetails expert={entry.expert} withWhen={false} />
    </>
  );
}
