import { trackEvent } from '../../lib/events/track-event.ts';
import type { Mode } from '../../routing/paths.ts';
import { FEEDBACK_KEY, feedbackStore, type Helpful } from '../../store/feedback-store.ts';
import { useFeedback } from '../../store/use-feedback.ts';
import { useHydrated } from '../../store/use-hydrated.ts';
import { SetAsideNote } from './set-aside-note.tsx';

/**
 * "Was this helpful?" Yes or No: kept in this browser, and counted anonymously where this
 * site's server counts (src/lib/events/).
 */
export function HelpfulQuestion({
  slug,
  nodeId,
  mode,
}: {
  readonly slug: string;
  readonly nodeId: string;
  readonly mode: Mode;
}) {
  const feedbackKey = `${slug}:${nodeId}`;
  const hydrated = useHydrated(feedbackStore);
  const given = useFeedback((state) => state.helpful[feedbackKey]);
  const rate = useFeedback((state) => state.rate);
  const choose = (answer: Helpful) => () => {
    rate(feedbackKey, answer);
    trackEvent({ kind: 'helpful', error: slug, mode, node: nodeId, helpful: answer === 'yes' });
  };
  return (
    <section className="card helpful needs-js" aria-labelledby="helpful-title">
      <h2 id="helpful-title">Was this helpful?</h2>
      <SetAsideNote
        storeKey={FEEDBACK_KEY}
        what="answers to “Was this helpful?”"
        name="feedback"
        message={(reason) =>
          reason === 'outdated'
            ? 'Your earlier answers here were saved by an older version of Fixpath, so they were set aside.'
            : 'Your earlier answers here could not be read, so they were set aside.'
        }
      />
      {hydrated && given ? (
        <p role="status">
          Thank you for telling us.{' '}
          <span className="counts-only-inline">
            Your answer is counted anonymously, to learn which fixes work.
          </span>
          <span className="no-counts-only">Your answer is kept in this browser only.</span>
        </p>
      ) : (
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={choose('yes')}>
            Yes
          </button>
          <button type="button" className="button button--secondary" onClick={choose('no')}>
            No
          </button>
        </div>
      )}
    </section>
  );
}
