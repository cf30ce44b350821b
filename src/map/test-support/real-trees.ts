/** Every guided error in content/ (or FIXPATH_CONTENT_DIR), for tests over the real trees. */
import { readContentDir } from '../../content/read-content-dir.ts';
import type { GuidedError } from '../../content/types.ts';

export function realGuidedErrors(): GuidedError[] {
  const content = readContentDir(process.cwd(), process.env['FIXPATH_CONTENT_DIR'] ?? 'content');
  if (!content.ok) throw new Error('content/ does not pass the content check');
  return content.content.errors.filter((e): e is GuidedError => e.kind === 'guided');
}
