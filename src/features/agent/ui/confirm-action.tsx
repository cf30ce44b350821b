import { useEffect, useId, useRef } from 'react';

interface Props {
  /** The question, in plain words: what will be lost, and what to do first. */
  readonly question: string;
  readonly confirmLabel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/**
 * An inline, keyboard-friendly "are you sure?" before an action that drops recorded answers or
 * notes: the focus starts on Cancel (the safe choice), and Escape cancels.
 */
export function ConfirmAction({ question, confirmLabel, onConfirm, onCancel }: Props) {
  const cancelButton = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  useEffect(() => cancelButton.current?.focus(), []);
  return (
    <div
      className="agent-confirm notice"
      role="group"
      aria-labelledby={questionId}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onCancel();
      }}
    >
      <p id={questionId}>{question}</p>
      <div className="agent-actions">
        <button type="button" className="button" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button
          ref={cancelButton}
          type="button"
          className="button button--secondary"
          onClick={onCancel}
        >
          Cancel
        </button>
      </div>
    </div>
  );
}
