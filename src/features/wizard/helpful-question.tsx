import { useFeedbackStore, type Helpful } from '../../store/feedback-store.ts';
import { useHydrated } from '../../store/use-hydrated.ts';

/** "Was this helpful?" Yes or No, kept in this browser only. */
export function HelpfulQuestion({ feedbackKey }: { readonly feedbackKey: string }) {
  const hydrated = useHydrated(useFeedbackStore);
  const given = useFeedbackStore((state) => state.helpful[feedbackKey]);
  const rate = useFeedbackStore((state) => state.rate);
  const choose = (answer: Helpful) => () => rate(feedbackKey, answer);
  return (
    <section className="card helpful" aria-labelledby="helpful-title">
      <h2 id="helpful-title">Was this helpful?</h2>
      {hydrated && given ? (
        <p role="status">Thank you for telling us. Your answer is kept in this browser only.</p>
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
