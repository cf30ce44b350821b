/**
 * The frame's first address carries what the firm's snippet asked for besides the mode (`return`,
 * `context`); it is kept in the frame's sessionStorage for the pages after it, whose links carry
 * only `embed=1`. Kept as it came: every read checks it (frame-settings.ts). A module of its own,
 * without the checks, so the height reporter that keeps it stays small.
 */

/** The frame's address parameters besides `embed` and `mode`. */
export const RETURN_PARAM = 'return';
export const CONTEXT_PARAM = 'context';

/** Where the settings are kept, in the frame's sessionStorage. */
export const FRAME_SETTINGS_KEY = 'fixpath:embed';

export type SessionStore = Pick<Storage, 'getItem' | 'setItem'>;

/** The frame's own sessionStorage, or undefined where reading it throws or there is none. */
export function frameStorage(): SessionStore | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * Keeps what the frame's address carries for the pages after it, in `storage` (the frame's own
 * sessionStorage when not given). Called by the frame's reporter on every embed page, so nothing
 * is lost when a person moves on before the page's own parts have started.
 */
export function keepFrameSettings(search: string, storage?: SessionStore): void {
  const params = new URLSearchParams(search);
  if (!params.has(RETURN_PARAM) && !params.has(CONTEXT_PARAM)) return;
  const kept = { returnUrl: params.get(RETURN_PARAM), context: params.get(CONTEXT_PARAM) };
  try {
    (storage ?? sessionStorage).setItem(FRAME_SETTINGS_KEY, JSON.stringify(kept));
  } catch {
    // Storage refused (or there is none): this page still has them in its address.
  }
}
