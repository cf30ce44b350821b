import { useRef, useState } from 'react';
import { copyText, downloadText, selectContents } from '../../../lib/clipboard.ts';

type Status = 'idle' | 'copied' | 'select' | 'downloaded';

const messages: Record<Status, string> = {
  idle: '',
  copied: 'Summary copied. Paste it into the ticket.',
  select:
    'Copying is not available here, so the summary text is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.',
  downloaded: 'Summary saved as a .txt file.',
};

/** The call summary as plain text: a preview, "Copy summary" and "Download .txt". */
export function CallSummary({
  text,
  fileName,
}: {
  readonly text: string;
  readonly fileName: string;
}) {
  const pre = useRef<HTMLPreElement>(null);
  const [status, setStatus] = useState<Status>('idle');
  const copy = async () => {
    if (await copyText(text)) return setStatus('copied');
    if (pre.current) {
      pre.current.focus();
      selectContents(pre.current);
    }
    setStatus('select');
  };
  const download = () => {
    downloadText(fileName, text);
    setStatus('downloaded');
  };
  return (
    <div className="agent-summary stack">
      <pre ref={pre} className="agent-summary__text" tabIndex={0} aria-label="Call summary text">
        {text}
      </pre>
      <div className="agent-actions">
        <button type="button" className="button" onClick={() => void copy()}>
          Copy summary
        </button>
        <button type="button" className="button button--secondary" onClick={download}>
          Download .txt
        </button>
      </div>
      <p role="status" className="agent-status">
        {messages[status]}
      </p>
    </div>
  );
}
