/**
 * The islands of the static pages: each slot (`<div data-island="name" data-props="…">`, see
 * `IslandSlot`) names one of these. An island's code is fetched only when it has something to
 * do: the search once a person starts to use it, the resume offer only when this browser saved
 * something, the link notice only when the address carries one.
 */
import { LINK_PROBLEM_PARAM, SEARCH_PARAM } from '../../routing/paths.ts';

export interface IslandModule {
  /** Starts the island; resolves once it is live (a React island has hydrated). */
  mount(slot: HTMLElement, props: unknown): Promise<void> | void;
}

/** When an island starts: at once, at the first sign of use inside its slot, or not at all. */
export type Start = 'now' | 'on-use' | 'never';

interface Island {
  readonly load: () => Promise<IslandModule>;
  readonly start: () => Start;
}

const query = (): URLSearchParams => new URLSearchParams(window.location.search);

/**
 * Whether this browser holds something under `key` itself (copies kept beside it after a failed
 * read, `<key>:set-aside:<time>`, are not a reason to start anything).
 */
function stored(key: string): boolean {
  try {
    return localStorage.getItem(key) !== null;
  } catch {
    // Storage switched off: nothing was saved, so there is nothing to offer.
    return false;
  }
}

export const ISLANDS: Readonly<Record<string, Island>> = {
  search: {
    load: () => import('../../features/search/search-island.tsx'),
    start: () => (query().has(SEARCH_PARAM) ? 'now' : 'on-use'),
  },
  closest: {
    load: () => import('../../features/search/closest-island.tsx'),
    start: () => (/\/errors\/[^/]+/.test(window.location.pathname) ? 'now' : 'never'),
  },
  resume: {
    load: () => import('../../features/guide/resume-island.tsx'),
    start: () => (stored('fixpath:progress') ? 'now' : 'never'),
  },
  'link-notice': {
    load: () => import('../../features/guide/link-notice-island.tsx'),
    start: () => (query().has(LINK_PROBLEM_PARAM) ? 'now' : 'never'),
  },
  ticks: {
    load: () => import('../../features/guide/ticks-island.ts'),
    start: () => 'now',
  },
};

const USE_EVENTS = ['focusin', 'pointerdown', 'keydown', 'input', 'submit'] as const;

function parseProps(slot: HTMLElement): unknown {
  try {
    return JSON.parse(slot.dataset['props'] ?? '{}');
  } catch {
    return {};
  }
}

/**
 * Mounts one slot's island, then marks it `data-island-ready`. A failed download leaves the
 * static page as it is (and a form held back for the island is sent as plain HTML after all).
 */
function run(slot: HTMLElement, island: Island): void {
  island
    .load()
    .then((module) => module.mount(slot, parseProps(slot)))
    .then(
      () => {
        slot.dataset['islandReady'] = 'true';
      },
      () => {
        if (slot.dataset['pending'] === 'submit') slot.querySelector('form')?.submit();
      },
    );
}

/** Starts every island on the page when its moment comes. */
export function startIslands(root: ParentNode = document): void {
  for (const slot of root.querySelectorAll<HTMLElement>('[data-island]')) {
    const name = slot.dataset['island'] ?? '';
    const island = Object.hasOwn(ISLANDS, name) ? ISLANDS[name] : undefined;
    if (!island) continue;
    const start = island.start();
    if (start === 'now') run(slot, island);
    if (start !== 'on-use') continue;
    // A form sent before its island is ready waits for the island, which sends it.
    const hold = (event: Event): void => {
      if (slot.dataset['islandReady']) return;
      event.preventDefault();
      slot.dataset['pending'] = 'submit';
    };
    slot.addEventListener('submit', hold, true);
    const begin = (): void => {
      for (const type of USE_EVENTS) slot.removeEventListener(type, begin, true);
      run(slot, island);
    };
    for (const type of USE_EVENTS) slot.addEventListener(type, begin, true);
  }
}
