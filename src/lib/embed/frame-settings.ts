/**
 * What the firm's snippet told the page in the frame, besides the mode: where "I'm done" goes
 * and the ticket or case id. They come in the frame's first address (`return`, `context`) and
 * are kept in the frame's sessionStorage for the pages after it, whose links carry only
 * `embed=1`. Checked again on every read: storage is as untrusted as the address.
 */
import { CONTEXT_PARAM, parseContext, parseReturnUrl, RETURN_PARAM } from './settings.ts';

export interface FrameSettings {
  readonly returnUrl?: string;
  readonly context?: string;
}

const KEY = 'fixpath:embed';

type SessionStore = Pick<Storage, 'getItem' | 'setItem'>;

function parse(raw: string | null): FrameSettings {
  if (!raw) return {};
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return {};
    return clean(Reflect.get(value, 'returnUrl'), Reflect.get(value, 'context'));
  } catch {
    return {};
  }
}

function clean(returnUrl: unknown, context: unknown): FrameSettings {
  const url = typeof returnUrl === 'string' ? parseReturnUrl(returnUrl) : undefined;
  const id = typeof context === 'string' ? parseContext(context) : undefined;
  return { ...(url ? { returnUrl: url } : {}), ...(id ? { context: id } : {}) };
}

/**
 * Keeps what the frame's address carries (as it is: every read checks it) for the pages after
 * it. Called by the frame's reporter on every embed page, so nothing is lost when a person moves
 * on before the page's own parts have started.
 */
export function keepFrameSettings(search: string, storage: SessionStore | undefined): void {
  const params = new URLSearchParams(search);
  if (!params.has(RETURN_PARAM) && !params.has(CONTEXT_PARAM)) return;
  const kept = { returnUrl: params.get(RETURN_PARAM), context: params.get(CONTEXT_PARAM) };
  try {
    storage?.setItem(KEY, JSON.stringify(kept));
  } catch {
    // Storage refused: this page still has them in its address.
  }
}

/** The settings for this page: from its address when it carries either, else those kept. */
export function frameSettings(search: string, storage: SessionStore | undefined): FrameSettings {
  const params = new URLSearchParams(search);
  if (params.has(RETURN_PARAM) || params.has(CONTEXT_PARAM)) {
    return clean(params.get(RETURN_PARAM), params.get(CONTEXT_PARAM));
  }
  try {
    return parse(storage?.getItem(KEY) ?? null);
  } catch {
    return {};
  }
}

/** The frame's own sessionStorage, or undefined where reading it throws or there is none. */
export function frameStorage(): SessionStore | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}
