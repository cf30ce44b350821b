import { useEffect, useEffectEvent } from 'react';
import type { StepModel } from '../../../engine/index.ts';
import { callStore } from './call-store.ts';

/** Records each step reached in the call, once per arrival (not on every render). */
export function useRecordReached(slug: string, model: StepModel): void {
  const reached = useEffectEvent(() => callStore.getState().reach(slug, model));
  useEffect(() => reached(), [slug, model.encoded]);
}
