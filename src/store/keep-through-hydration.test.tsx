import { beforeEach, describe, expect, it } from 'vitest';
import { resetStores } from '../test-support/reset-stores.ts';
import { CHECKS_KEY, checksStore } from './checks-store.ts';
import { FEEDBACK_KEY, feedbackStore } from './feedback-store.ts';

// The saved state is read asynchronously (its parser loads first), and the read puts what was
// saved in place of the state: a change made meanwhile must survive it, on screen and on disk.

const saved = (state: unknown): string => JSON.stringify({ version: 1, state });

beforeEach(resetStores);

describe('a change made while the saved state is still being read', () => {
  it('keeps a "Was this helpful?" answer, beside the answers saved before', async () => {
    localStorage.setItem(FEEDBACK_KEY, saved({ helpful: { '102:fixed-earlier': 'no' } }));
    const reading = feedbackStore.persist.rehydrate();
    expect(feedbackStore.persist.hasHydrated()).toBe(false);
    feedbackStore.getState().rate('102:fixed-notice', 'yes');
    await reading;
    const both = { '102:fixed-earlier': 'no', '102:fixed-notice': 'yes' };
    expect(feedbackStore.getState().helpful).toEqual(both);
    expect(JSON.parse(localStorage.getItem(FEEDBACK_KEY) ?? '{}')).toMatchObject({
      state: { helpful: both },
    });
  });

  it('keeps a tick, and an untick of a saved one', async () => {
    localStorage.setItem(CHECKS_KEY, saved({ ticked: { a: true, b: true } }));
    const reading = checksStore.persist.rehydrate();
    checksStore.getState().tick('c', true);
    checksStore.getState().tick('a', false);
    await reading;
    expect(checksStore.getState().ticked).toEqual({ b: true, c: true });
    expect(JSON.parse(localStorage.getItem(CHECKS_KEY) ?? '{}')).toMatchObject({
      state: { ticked: { b: true, c: true } },
    });
  });
});
