/**
 * The links to an error's map and its files. Kept beside the map rather than in
 * src/app/paths.ts so that they ship only with what links to the map (the step page), never
 * in the first visit to an error page. Built on the same helpers as every other link.
 */
import { optionsQuery, SESSION_PARAM, withQuery, type LinkOptions } from '../routing/paths.ts';

const mapBase = (slug: string): string => `/errors/${encodeURIComponent(slug)}/map`;

export const mapPaths = {
  /**
   * The map page; with a step's session, the path so far is lit on it. A plain document, not
   * a route of the app: link to it with a plain <a> (or `reloadDocument`), not a router <Link>.
   */
  page: (slug: string, session?: string, options?: LinkOptions): string =>
    withQuery(mapBase(slug), {
      [SESSION_PARAM]: session || undefined,
      ...optionsQuery(options),
    }),
  /** The laid-out map as JSON (a `MapLayout`), written at build time: see load-map-layout.ts. */
  layout: (slug: string): string => `${mapBase(slug)}/layout.json`,
  /** The tree as text for authors: a Mermaid flowchart (`mmd`) or a Graphviz digraph (`dot`). */
  download: (slug: string, format: 'mmd' | 'dot'): string =>
    `${mapBase(slug)}/error-${encodeURIComponent(slug)}-map.${format}`,
} as const;
