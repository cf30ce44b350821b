import { useEffect, useRef } from 'react';
import { SHORTCUT_LIST } from '../model/shortcuts.ts';

interface Props {
  readonly open: boolean;
  readonly onClose: () => void;
}

function hide(dialog: HTMLDialogElement): void {
  if (typeof dialog.close === 'function') dialog.close();
  else dialog.removeAttribute('open');
}

/**
 * The list of shortcuts in a native modal <dialog>: focus moves in when it opens; Escape, `?`
 * and Close shut it at once (so the very next key press is a shortcut again) and focus goes
 * back to where it was.
 */
export function ShortcutsHelp({ open, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  const shut = () => {
    const element = dialog.current;
    if (element?.hasAttribute('open')) {
      hide(element);
      returnTo.current?.focus();
      returnTo.current = null;
    }
  };

  useEffect(() => {
    const element = dialog.current;
    if (!element || !open) return;
    returnTo.current =
      document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
    closeButton.current?.focus();
    return shut;
  }, [open]);

  const close = () => {
    shut();
    onClose();
  };
  return (
    <dialog
      ref={dialog}
      className="agent-dialog card"
      aria-labelledby="agent-shortcuts-title"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' && event.key !== '?') return;
        event.preventDefault();
        close();
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
      <button ref={closeButton} type="button" className="button" onClick={close}>
        Close
      </button>
    </dialog>
  );
}
