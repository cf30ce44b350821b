import { useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';

/** Calls `onReady` once React has committed the island (hydration included). */
function Ready({
  onReady,
  children,
}: {
  readonly onReady: () => void;
  readonly children: ReactNode;
}) {
  useEffect(onReady, [onReady]);
  return children;
}

/**
 * Starts a React island in its slot on a static page: hydrates it when the page was rendered
 * with its HTML inside (the search box), renders it fresh into an empty slot (the resume offer).
 * Resolves once the island is live, so that nothing is handed to it earlier.
 */
export function mountIsland(slot: HTMLElement, node: ReactNode): Promise<void> {
  return new Promise((resolve) => {
    const island = <Ready onReady={resolve}>{node}</Ready>;
    if (slot.hasChildNodes()) hydrateRoot(slot, island);
    else createRoot(slot).render(island);
  });
}

/** Reads one string prop an island was given in its slot's `data-props`. */
export function stringProp(props: unknown, name: string): string {
  if (typeof props !== 'object' || props === null || !(name in props)) return '';
  const value: unknown = Reflect.get(props, name);
  return typeof value === 'string' ? value : '';
}
