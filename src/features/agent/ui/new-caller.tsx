import { useEffect, useRef, useState } from 'react';
import { ConfirmAction } from './confirm-action.tsx';

/** "New caller": clears the call record after an inline, keyboard-friendly confirmation. */
export function NewCaller({ onConfirm }: { readonly onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  const start = useRef<HTMLButtonElement>(null);
  const answered = useRef(false);
  useEffect(() => {
    // After Cancel, the focus goes back to "New caller".
    if (!asking && answered.current) start.current?.focus();
  }, [asking]);
  if (asking) {
    return (
      <ConfirmAction
        question="Start with a new caller? This clears this call’s notes, times and answers from this browser. Copy or download the summary first if you need it."
        confirmLabel="Yes, clear this call"
        onConfirm={onConfirm}
        onCancel={() => {
          answered.current = true;
          setAsking(false);
        }}
      />
    );
  }
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
