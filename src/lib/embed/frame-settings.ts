/**
 * What the firm's snippet told the page in the frame, besides the mode: where "I'm done" goes
 * and the ticket or case id. They come in the frame's first address (`return`, `context`) and
 * are kept in the frame's sessionStorage for the pages after it, whose links carry only
 * `embed=1`. Checked again on every read: storage is as untrusted as the address.
 */
import {
  CONTEXT_PARAM,
  FRAME_SETTINGS_KEY,
  RETURN_PARAM,
  type SessionStore,
} from './keep-frame-settings.ts';
import { parseContext, parseReturnUrl } from './settings.ts';

export { frameStorage, keepFrameSettings } from './keep-frame-settings.ts';

export interface FrameSettings {
  readonly returnUrl?: string;
  readonly context?: string;
}

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

/** The settings for this page: from its address when it carries either, else those kept. */
export function frameSettings(search: string, storage: SessionStore | undefined): FrameSettings {
  const params = new URLSearchParams(search);
  if (params.has(RETURN_PARAM) || params.has(CONTEXT_PARAM)) {
    return clean(params.get(RETURN_PARAM), params.get(CONTEXT_PARAM));
  }
  try {
    return parse(storage?.getItem(FRAME_SETTINGS_KEY) ?? null);
  } catch {
    return {};
  }
}
