/**
 * The time for display, as a zustand vanilla store that ticks (every 15 seconds) only while
 * something watches it. No React here: see `use-now.ts`.
 */
import { createStore } from 'zustand/vanilla';

export const nowStore = createStore<{ readonly now: number }>(() => ({ now: Date.now() }));

let watchers = 0;
let timer: ReturnType<typeof setInterval> | undefined;
const tick = (): void => nowStore.setState({ now: Date.now() });

/** Starts watching the time (it is read fresh at once); the returned function stops. */
export function watchNow(every = 15_000): () => void {
  watchers += 1;
  tick();
  timer ??= setInterval(tick, every);
  return () => {
    watchers -= 1;
    if (watchers === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}
