import { useEffect, useEffectEvent } from 'react';
import { assertNever } from '../../../engine/index.ts';
import { shortcutFor } from '../model/shortcuts.ts';

export interface AgentShortcutHandlers {
  /** `n` is 1-based: 1 picks the first choice. */
  readonly onDigit: (n: number) => void;
  readonly onBack: () => void;
  readonly onRestart: () => void;
  readonly onFocusNotes: () => void;
  /** `s`: open the call summary and move the focus to it. */
  readonly onSummary: () => void;
  readonly onHelp: () => void;
  /** Escape in a text field; by default the field just loses the focus. */
  readonly onLeaveField?: (field: HTMLElement) => void;
}

const TEXT_FIELDS =
  'textarea, select, input:not([type="checkbox"], [type="radio"], [type="button"], [type="submit"], [type="reset"])';

/** True while typing: a text field, a list box or an editable region has the focus. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return target.matches(TEXT_FIELDS);
}

const inDialog = (target: EventTarget | null): boolean =>
  target instanceof Element && target.closest('dialog') !== null;

/**
 * Keyboard shortcuts for a call: digits pick answers, B back, R restart, N notes, S summary, ?
 * help.
 * Keys typed into a text field are left alone (except Escape, to leave it), and so is any key
 * pressed with Ctrl, Meta or Alt.
 */
export function useAgentShortcuts(handlers: AgentShortcutHandlers): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.repeat) return;
    const shortcut = shortcutFor({
      key: event.key,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      altKey: event.altKey,
      typing: isTyping(event.target),
      inDialog: inDialog(event.target),
    });
    if (!shortcut) return;
    event.preventDefault();
    switch (shortcut.kind) {
      case 'digit':
        return handlers.onDigit(shortcut.n);
      case 'back':
        return handlers.onBack();
      case 'restart':
        return handlers.onRestart();
      case 'focus-notes':
        return handlers.onFocusNotes();
      case 'summary':
        return handlers.onSummary();
      case 'help':
        return handlers.onHelp();
      case 'leave-field': {
        const field = event.target instanceof HTMLElement ? event.target : null;
        if (!field) return;
        if (handlers.onLeaveField) handlers.onLeaveField(field);
        else field.blur();
        return;
      }
      default:
        return assertNever(shortcut);
    }
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
