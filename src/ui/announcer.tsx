import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** What the page's polite live region says now: a zustand vanilla store, so anything can speak. */
const spoken = createStore<{ readonly message: string }>(() => ({ message: '' }));

/** Says `text` through the page's polite live region (screen readers read it once). */
export function announce(text: string): void {
  spoken.setState({ message: text });
}

/** The one polite live region, rendered by the layout so it exists before anything changes. */
export function Announcer() {
  const text = useStore(spoken, (state) => state.message);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );
}
