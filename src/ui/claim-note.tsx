import type { ClaimBasis } from '../engine/index.ts';
import { claimLabel } from './claim-label.ts';

/** One small line saying what a claim rests on; nothing when the content gives no basis. */
export function ClaimNote({
  basis,
  as: Tag = 'p',
}: {
  readonly basis: ClaimBasis | undefined;
  readonly as?: 'p' | 'span';
}) {
  if (!basis) return null;
  return <Tag className="claim-note">{claimLabel(basis)}</Tag>;
}
