import type { ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';

/**
 * Starts a React island in its slot on a static page: hydrates it when the page was rendered
 * with its HTML inside (the search box), renders it fresh into an empty slot (the resume offer).
 */
export function mountIsland(slot: HTMLElement, node: ReactNode): void {
  if (slot.hasChildNodes()) hydrateRoot(slot, node);
  else createRoot(slot).render(node);
}

/** Reads one string prop an island was given in its slot's `data-props`. */
export function stringProp(props: unknown, name: string): string {
  if (typeof props !== 'object' || props === null || !(name in props)) return '';
  const value: unknown = Reflect.get(props, name);
  return typeof value === 'string' ? value : '';
}
