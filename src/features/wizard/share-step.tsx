import { useState } from 'react';
import { copyText } from '../../lib/clipboard.ts';
import { useMounted } from '../../ui/use-mounted.ts';

type CopyState = 'idle' | 'copied' | 'manual';

/**
 * "Copy link to this step", plus the device's share sheet where the browser has one. If the
 * clipboard is not available the link is shown, selected, for the user to copy by hand.
 * Give it `key={url}` so a new step starts with a fresh state.
 */
export function ShareStep({ url, title }: { readonly url: string; readonly title: string }) {
  const mounted = useMounted();
  const [state, setState] = useState<CopyState>('idle');
  const canShare = mounted && typeof navigator.share === 'function';

  const copy = async (): Promise<void> => setState((await copyText(url)) ? 'copied' : 'manual');
  const share = async (): Promise<void> => {
    try {
      await navigator.share({ title, url });
    } catch {
      // The user closed the share sheet: nothing to do.
    }
  };

  return (
    <section className="share no-print" aria-labelledby="share-title">
      <h2 id="share-title" className="share__title">
        Share this step
      </h2>
      <p className="muted">
        The link opens this same step, with the answers that led here, in any browser.
      </p>
      <div className="share__actions">
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          Copy link to this step
        </button>
        {canShare && (
          <button type="button" className="button button--secondary" onClick={() => void share()}>
            Share…
          </button>
        )}
      </div>
      <p aria-live="polite" className="share__status">
        {state === 'copied' ? 'Link copied. Paste it into an email or a message.' : ''}
      </p>
      {state === 'manual' && (
        <label className="share__manual">
          Copy this link:
          <input
            type="text"
            readOnly
            value={url}
            onFocus={(event) => event.currentTarget.select()}
            ref={(input) => input?.select()}
          />
        </label>
      )}
    </section>
  );
}
