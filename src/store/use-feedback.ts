import { useStore } from 'zustand';
import { feedbackStore, type FeedbackState } from './feedback-store.ts';

/** The feedback store for a screen. */
export const useFeedback = <T>(selector: (state: FeedbackState) => T): T =>
  useStore(feedbackStore, selector);
