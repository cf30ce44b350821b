import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The lint rule that keeps imports running one way (eslint/layers.js), tried on planted files:
 * each wrong-way import fails `npm run lint`, a right-way one passes.
 */
const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../..') });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve('src', file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'fixpath/layers' || m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

const uses = (name: string): string => `import { ${name} } from `;

describe('imports run one way (eslint/layers.js)', () => {
  it.each([
    [
      'a feature imports app/',
      'features/guide/planted.ts',
      `${uses('Layout')}'../../app/layout.tsx';\nexport const x = Layout;`,
      /src\/features\/guide may not import src\/app\/layout\.tsx \(a feature never imports app/,
    ],
    [
      'a feature imports another feature',
      'features/wizard/planted.ts',
      `${uses('SoundsLikeMe')}'../guide/sounds-like-me.tsx';\nexport const x = SoundsLikeMe;`,
      /may not import src\/features\/guide\/sounds-like-me\.tsx/,
    ],
    [
      'ui/ imports a store',
      'ui/planted.ts',
      `${uses('checksStore')}'../store/checks-store.ts';\nexport const x = checksStore;`,
      /ui\/ renders props: it imports no store/,
    ],
    [
      'ui/ imports the content runtime',
      'ui/planted.ts',
      `${uses('site')}'../content/runtime/app-content.ts';\nexport const x = site;`,
      /src\/ui may not import src\/content\/runtime/,
    ],
    [
      'the engine imports the rest of src/',
      'engine/planted.ts',
      `${uses('leavePage')}'../lib/leave-page.ts';\nexport const x = leavePage;`,
      /the engine is pure/,
    ],
    [
      'a lower layer imports a higher one',
      'lib/planted.ts',
      `${uses('paths')}'../routing/paths.ts';\nexport const x = paths;`,
      /the lib layer may import only engine/,
    ],
    [
      'browser code imports the content compiler',
      'features/guide/planted.ts',
      `${uses('compileContent')}'../../content/compile-content.ts';\nexport const x = compileContent;`,
      /may not import src\/content\/compile-content\.ts/,
    ],
  ])('fails when %s', async (_what, file, code, message) => {
    expect((await problems(file, code)).join('\n')).toMatch(message);
  });

  it('passes imports that run the right way', async () => {
    const code = [
      `${uses('paths')}'../../routing/paths.ts';`,
      `${uses('stepModel')}'../../engine/index.ts';`,
      `${uses('PageLink')}'../../ui/page-link.tsx';`,
      `${uses('checksStore')}'../../store/checks-store.ts';`,
      'export const x = [paths, stepModel, PageLink, checksStore];',
    ].join('\n');
    expect(await problems('features/guide/planted.ts', code)).toEqual([]);
  });
});
