/** The agent's keyboard shortcuts: which key does what. Pure, so the rules are easy to test. */
export type Shortcut =
  | { readonly kind: 'digit'; readonly n: number }
  | { readonly kind: 'back' }
  | { readonly kind: 'restart' }
  | { readonly kind: 'focus-notes' }
  | { readonly kind: 'summary' }
  | { readonly kind: 'help' }
  | { readonly kind: 'leave-field' };

/** What the help dialog lists, in order. */
export const SHORTCUT_LIST: readonly { readonly keys: string; readonly does: string }[] = [
  { keys: '1 to 9', does: 'Pick answer 1 to 9 (on a fix: 1 = fixed, 2 = not fixed)' },
  { keys: 'B', does: 'Go back one step' },
  { keys: 'R', does: 'Restart this error from the first question (asks first)' },
  { keys: 'N', does: 'Type in the notes for this step' },
  { keys: 'S', does: 'Show the call summary, with the time of each answer' },
  { keys: 'Esc', does: 'Leave the notes box (your note is kept)' },
  { keys: '?', does: 'Show or hide this list' },
];

/** A key press, and where the focus was when it happened. */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  /** A text field, a list box or an editable region has the focus. */
  readonly typing: boolean;
  /** The focus is inside a dialog (the list of shortcuts). */
  readonly inDialog: boolean;
}

const LETTERS: Readonly<Record<string, Shortcut>> = {
  b: { kind: 'back' },
  r: { kind: 'restart' },
  n: { kind: 'focus-notes' },
  s: { kind: 'summary' },
};

/** The shortcut a key press means, or null when it should be left alone. */
export function shortcutFor(press: KeyPress): Shortcut | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.typing) return press.key === 'Escape' ? { kind: 'leave-field' } : null;
  if (press.key === '?') return { kind: 'help' };
  // Inside a dialog (the shortcut list), only `?` (and the dialog's own Escape) apply.
  if (press.inDialog) return null;
  if (/^[1-9]$/.test(press.key)) return { kind: 'digit', n: Number(press.key) };
  const letter = press.key.toLowerCase();
  return Object.hasOwn(LETTERS, letter) ? (LETTERS[letter] ?? null) : null;
}
