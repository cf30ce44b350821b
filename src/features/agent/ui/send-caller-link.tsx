import { useRef, useState } from 'react';
import { copyText, selectContents } from '../../../lib/clipboard.ts';

/**
 * "Send the caller this link": the same step in owner view (same path and answers, no agent
 * mode), copied for a chat or e-mail, and shown so it can be read out or selected by hand.
 */
export function SendCallerLink({ ownerUrl }: { readonly ownerUrl: string }) {
  const code = useRef<HTMLElement>(null);
  const [status, setStatus] = useState<'idle' | 'copied' | 'select'>('idle');
  const send = async () => {
    if (await copyText(ownerUrl)) return setStatus('copied');
    if (code.current) selectContents(code.current);
    setStatus('select');
  };
  return (
    <div className="agent-send stack">
      <p>
        <button type="button" className="button button--secondary" onClick={() => void send()}>
          Send the caller this link
        </button>
      </p>
      <p className="agent-send__url">
        <span className="muted">Opens this step for the caller, without agent mode: </span>
        <code ref={code} data-testid="owner-link">
          {ownerUrl}
        </code>
      </p>
      <p role="status" className="agent-status">
        {status === 'copied' && 'Link copied. Paste it into a message to the caller.'}
        {status === 'select' &&
          'Copying is not available here, so the link is selected: press Ctrl+C (Cmd+C on a Mac).'}
      </p>
    </div>
  );
}
