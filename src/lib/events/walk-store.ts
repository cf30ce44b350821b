import { WALK_ID_PATTERN } from './event-types.ts';

/** One walk's id and the number its next event gets. */
export interface WalkState {
  readonly id: string;
  readonly next: number;
  /** When its last event was made (ms since the epoch): a quiet walk ends. */
  readonly touched: number;
}

/** Where the current walk of each error is kept. */
export interface WalkStore {
  read(error: string): WalkState | undefined;
  write(error: string, walk: WalkState): void;
}

export function memoryWalkStore(): WalkStore {
  const walks = new Map<string, WalkState>();
  return { read: (error) => walks.get(error), write: (error, walk) => void walks.set(error, walk) };
}

const KEY = 'fixpath-walk:';

function parse(raw: string | null): WalkState | undefined {
  if (!raw) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return undefined;
    if (!('id' in value) || !('next' in value) || !('touched' in value)) return undefined;
    const { id, next, touched } = value;
    return typeof id === 'string' &&
      WALK_ID_PATTERN.test(id) &&
      typeof next === 'number' &&
      Number.isInteger(next) &&
      next >= 0 &&
      typeof touched === 'number'
      ? { id, next, touched }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The walk kept in this tab's sessionStorage, so that one walk keeps its id from the error page
 * to the steps (separate documents). It is never sent anywhere but with events, it goes when the
 * tab closes, and the queue replaces it when the guide is started again or the walk goes quiet.
 * When storage is refused, the walk lives in the page's memory only.
 */
export function sessionWalkStore(storage: Pick<Storage, 'getItem' | 'setItem'>): WalkStore {
  const fallback = memoryWalkStore();
  return {
    read(error) {
      try {
        return parse(storage.getItem(`${KEY}${error}`)) ?? fallback.read(error);
      } catch {
        return fallback.read(error);
      }
    },
    write(error, walk) {
      fallback.write(error, walk);
      try {
        storage.setItem(`${KEY}${error}`, JSON.stringify(walk));
      } catch {
        // Memory only.
      }
    },
  };
}
