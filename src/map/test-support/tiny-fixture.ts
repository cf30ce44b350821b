/** The valid fixture content's tiny error (src/content/fixtures/valid), for golden exports. */
import { readContentDir } from '../../content/read-content-dir.ts';
import type { GuidedError } from '../../content/types.ts';

export function tinyFixture(): GuidedError {
  const content = readContentDir(process.cwd(), 'src/content/fixtures/valid');
  const tiny = content.ok ? content.content.errors.find((e) => e.slug === 'tiny') : undefined;
  if (tiny?.kind !== 'guided') throw new Error('the valid fixture has no guided "tiny" error');
  return tiny;
}
