import { useSyncExternalStore } from 'react';

let message = '';
const listeners = new Set<() => void>();

/** Says `text` through the page's polite live region (screen readers read it once). */
export function announce(text: string): void {
  message = text;
  listeners.forEach((listener) => listener());
}

const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The one polite live region, rendered by the layout so it exists before anything changes. */
export function Announcer() {
  const text = useSyncExternalStore(
    subscribe,
    () => message,
    () => '',
  );
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );
}
