import { useEffect, useRef, useState } from 'react';

/** "New caller": clears the call record after an inline, keyboard-friendly confirmation. */
export function NewCaller({ onConfirm }: { readonly onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  const start = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const answered = useRef(false);
  useEffect(() => {
    // Focus follows the question: onto "Cancel" (the safe choice), then back to "New caller".
    if (asking) cancelButton.current?.focus();
    else if (answered.current) start.current?.focus();
  }, [asking]);
  const cancel = () => {
    answered.current = true;
    setAsking(false);
  };
  if (!asking) {
    return (
      <button
        ref={start}
        type="button"
        className="button button--secondary"
        onClick={() => setAsking(true)}
      >
        New caller
      </button>
    );
  }
  return (
    <div
      className="agent-confirm notice"
      role="group"
      aria-labelledby="agent-confirm-question"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        cancel();
      }}
    >
      <p id="agent-confirm-question">
        Start with a new caller? This clears this call&apos;s notes, times and answers from this
        browser. Copy or download the summary first if you need it.
      </p>
      <div className="agent-actions">
        <button type="button" className="button" onClick={onConfirm}>
          Yes, clear this call
        </button>
        <button
          ref={cancelButton}
          type="button"
          className="button button--secondary"
          onClick={cancel}
        >
          Cancel
        </button>
      </div>
    </div>
  );
}
