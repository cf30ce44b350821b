import { useState, type ReactNode } from 'react';
import { downloadText } from '../lib/clipboard.ts';
import { fileStamp } from '../lib/file-stamp.ts';
import { keptText, type KeptCopyView } from './kept-text.ts';

interface Props {
  /** What happened, in the words of the page where it mattered. */
  readonly children: ReactNode;
  /** The kept copies, oldest first (a feature reads them and passes them in). */
  readonly copies: readonly KeptCopyView[];
  /** What they are, for the file: "saved progress", "ticked steps". */
  readonly what: string;
  /** A short name for the file: `fixpath-kept-<name>-<date>.txt`. */
  readonly name: string;
}

/**
 * Saved data that could not be used was set aside, not deleted: says so, and offers what was
 * kept as a .txt file.
 */
export function SetAsideNotice({ children, copies, what, name }: Props) {
  const [saved, setSaved] = useState(false);
  const download = () => {
    downloadText(`fixpath-kept-${name}-${fileStamp(new Date())}.txt`, keptText(what, copies));
    setSaved(true);
  };
  return (
    <div className="notice stack set-aside" role="note">
      <p>{children}</p>
      {copies.length > 0 && (
        <>
          <p>
            Nothing was deleted:{' '}
            {copies.length === 1
              ? 'the copy that could not be used is kept in this browser.'
              : `the last ${copies.length} copies that could not be used are kept in this browser.`}
          </p>
          <p>
            <button type="button" className="button button--secondary" onClick={download}>
              Download what was kept (.txt)
            </button>
          </p>
          <p role="status" className="muted">
            {saved && 'Saved as a .txt file.'}
          </p>
        </>
      )}
    </div>
  );
}
