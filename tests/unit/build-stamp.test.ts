import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentStamp, isUpToDate, writeStamp } from '../../scripts/build-stamp.mjs';

/** `npm start` skips the build when nothing it reads has changed (issue 24). */
describe('the build stamp', () => {
  let root = '';
  const dist = () => join(root, 'dist');
  const server = () => join(root, 'dist-server/main.js');

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'fixpath-stamp-'));
    for (const dir of ['content/errors', 'src', 'dist', 'dist-server']) {
      mkdirSync(join(root, dir), { recursive: true });
    }
    writeFileSync(join(root, 'content/errors/102.yaml'), 'code: "102"\n');
    writeFileSync(join(root, 'src/main.ts'), 'export {};\n');
    writeFileSync(join(root, 'package.json'), '{}\n');
    writeFileSync(server(), '// built\n');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is up to date right after a build, and not before one', () => {
    expect(isUpToDate(dist(), server(), root)).toBe(false);
    writeStamp(dist(), root);
    expect(isUpToDate(dist(), server(), root)).toBe(true);
  });

  it('goes stale when content, a source file or a new file changes', () => {
    for (const change of [
      () => writeFileSync(join(root, 'content/errors/102.yaml'), 'code: "102" # edited\n'),
      () => writeFileSync(join(root, 'src/main.ts'), 'export const x = 1;\n'),
      () => writeFileSync(join(root, 'src/new.ts'), 'export {};\n'),
      () => rmSync(join(root, 'src/new.ts')),
    ]) {
      writeStamp(dist(), root);
      change();
      expect(isUpToDate(dist(), server(), root)).toBe(false);
    }
  });

  it('goes stale when the server bundle is missing or a build setting changes', () => {
    writeStamp(dist(), root);
    expect(currentStamp(root, { SITE_URL: 'https://help.example.com' })).not.toBe(
      currentStamp(root, {}),
    );
    rmSync(server());
    expect(isUpToDate(dist(), server(), root)).toBe(false);
  });
});
