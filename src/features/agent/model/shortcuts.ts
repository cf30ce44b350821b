/** The agent's keyboard shortcuts: which key does what. Pure, so the rules are easy to test. */
export type Shortcut =
  | { readonly kind: 'digit'; readonly n: number }
  | { readonly kind: 'back' }
  | { readonly kind: 'restart' }
  | { readonly kind: 'focus-notes' }
  | { readonly kind: 'help' }
  | { readonly kind: 'leave-field' };

/** What the help dialog lists, in order. */
export const SHORTCUT_LIST: readonly { readonly keys: string; readonly does: string }[] = [
  { keys: '1 to 9', does: 'Pick answer 1 to 9 (on a fix: 1 = fixed, 2 = not fixed)' },
  { keys: 'B', does: 'Go back one step' },
  { keys: 'R', does: 'Restart this error from the first question' },
  { keys: 'N', does: 'Type in the notes for this step' },
  { keys: 'Esc', does: 'Leave the notes box (your note is kept)' },
  { keys: '?', does: 'Show or hide this list' },
];

export interface KeyInput {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  /** The element the key was pressed in. */
  readonly target: EventTarget | null;
}

const isElement = (target: EventTarget | null): target is Element =>
  typeof Element !== 'undefined' && target instanceof Element;

/** True while typing: a text field, a list box or an editable region has the focus. */
export function isTyping(target: EventTarget | null): boolean {
  if (!isElement(target)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return target.matches(
    'textarea, select, input:not([type="checkbox"], [type="radio"], [type="button"], [type="submit"], [type="reset"])',
  );
}

/** The shortcut a key press means, or null when it should be left alone. */
export function shortcutFor(input: KeyInput): Shortcut | null {
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  if (isTyping(input.target)) return input.key === 'Escape' ? { kind: 'leave-field' } : null;
  if (input.key === '?') return { kind: 'help' };
  // Inside a dialog (the shortcut list), only `?` (and the dialog's own Escape) apply.
  if (isElement(input.target) && input.target.closest('dialog')) return null;
  if (/^[1-9]$/.test(input.key)) return { kind: 'digit', n: Number(input.key) };
  switch (input.key.toLowerCase()) {
    case 'b':
      return { kind: 'back' };
    case 'r':
      return { kind: 'restart' };
    case 'n':
      return { kind: 'focus-notes' };
    default:
      return null;
  }
}
