/** A warning shown before a step that can harm the books if done carelessly. */
export function RiskWarning({ text }: { readonly text: string }) {
  return (
    <div className="notice notice--warning risk" role="note">
      <p className="risk__title">
        <span className="risk__icon" aria-hidden="true">
          !
        </span>
        Before you do this
      </p>
      <p>{text}</p>
    </div>
  );
}
