/**
 * For a screen that shows the map beside a step (the agent layer, a step page): the marks and
 * the step links for a session, decided by `mapPosition`. Links are plain addresses with the
 * base path in, as `MapDiagram` and `MapTextList` render plain <a> elements.
 */
import { basePath as basePathOf } from '../../routing/base-path.ts';
import { paths, type LinkOptions } from '../../routing/paths.ts';
import type { NodeId, Tree } from '../../engine/index.ts';
import { mapPosition } from '../model/map-position.ts';
import type { MapMarks } from './map-diagram.tsx';

export interface MapLinks {
  /** The path taken and the current step; undefined without a readable session. */
  readonly marks: MapMarks | undefined;
  /** Each step that can be reached from the session (from the start without one). */
  readonly hrefFor: (id: NodeId) => string | undefined;
}

export function mapLinks(
  tree: Tree,
  slug: string,
  session: string | undefined,
  options?: LinkOptions,
  basePath: string = `${basePathOf()}/`,
): MapLinks {
  const position = mapPosition(tree, session);
  const base = basePath.replace(/\/$/, '');
  return {
    marks: position.kind === 'walked' ? position : undefined,
    hrefFor: (id) => {
      const s = position.sessions.get(id);
      return s === undefined ? undefined : `${base}${paths.step(slug, id, s, options)}`;
    },
  };
}
