import { useEffect, useRef } from 'react';
import { SHORTCUT_LIST } from './shortcuts.ts';

interface Props {
  readonly open: boolean;
  readonly onClose: () => void;
}

/**
 * The list of shortcuts in a native modal <dialog>: focus moves in when it opens, Escape
 * closes it, and focus goes back to where it was.
 */
export function ShortcutsHelp({ open, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element || !open) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
    close.current?.focus();
    return () => {
      if (typeof element.close === 'function') element.close();
      else element.removeAttribute('open');
      returnTo?.focus();
    };
  }, [open]);
  return (
    <dialog
      ref={dialog}
      className="agent-dialog card"
      aria-labelledby="agent-shortcuts-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id="agent-shortcuts-title">Keyboard shortcuts</h2>
      <dl className="agent-shortcuts">
        {SHORTCUT_LIST.map(({ keys, does }) => (
          <div key={keys} className="agent-shortcuts__row">
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{does}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">Shortcuts are off while you type in the notes box.</p>
      <button ref={close} type="button" className="button" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}
