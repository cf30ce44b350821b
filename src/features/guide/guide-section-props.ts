import type { GuidedError } from '../../content/types.ts';
import type { Tree } from '../../engine/index.ts';
import type { LinkOptions } from '../../routing/paths.ts';

/** What each section of an error page is drawn from: the error, its tree and how links are made. */
export interface GuideSectionProps {
  readonly entry: GuidedError;
  readonly tree: Tree;
  readonly options: LinkOptions;
}
