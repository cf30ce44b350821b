import type { Ref } from 'react';

interface Props {
  readonly stepNumber: number;
  readonly value: string;
  readonly onChange: (text: string) => void;
  /** False when the browser will not let us save: say the note will not survive a refresh. */
  readonly saved: boolean;
  readonly ref?: Ref<HTMLTextAreaElement>;
}

/** The agent's notes for this step: saved as typed, shown back only as text. */
export function NotesBox({ stepNumber, value, onChange, saved, ref }: Props) {
  return (
    <div className="agent-notes stack">
      <label htmlFor="agent-notes" className="agent-notes__label">
        Notes for step {stepNumber}
      </label>
      <textarea
        ref={ref}
        id="agent-notes"
        className="agent-notes__box"
        rows={4}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby="agent-notes-hint"
        spellCheck
      />
      <p id="agent-notes-hint" className="muted agent-notes__hint">
        {saved
          ? 'Saved in this browser as you type, and never sent anywhere. Esc leaves the box.'
          : 'This browser will not let Fixpath save: this note is lost on refresh. Esc leaves the box.'}
      </p>
    </div>
  );
}
