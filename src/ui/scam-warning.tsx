/** The scam warning from content/site.yaml, as one calm notice. */
export function ScamWarning({ text, id }: { readonly text: string; readonly id: string }) {
  return (
    <div className="notice notice--warning scam-warning" role="note" aria-labelledby={id}>
      <h2 id={id}>Watch out for scams</h2>
      <p>{text}</p>
    </div>
  );
}
