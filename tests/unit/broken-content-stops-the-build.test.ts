import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const dir = mkdtempSync(join(tmpdir(), 'fixpath-broken-'));
cpSync(join(root, 'src/content/fixtures/valid'), dir, { recursive: true });
cpSync(
  join(root, 'src/content/fixtures/broken/dangling-next.yaml'),
  join(dir, 'errors/dangling-next.yaml'),
);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const expectedProblem = [
  '  field:   tree.nodes[0] (id "ask") answer 3',
  '  problem: leads to "not-sure", but no node has that id',
  '  hint:    fix the spelling of the id, or add the missing node',
].join('\n');

describe('broken content', () => {
  it('stops `npm run check:content` with the problem explained', () => {
    const run = spawnSync('node', ['scripts/check-content.mjs', dir], {
      cwd: root,
      encoding: 'utf8',
    });
    const output = run.stderr;
    expect(run.status).toBe(1);
    expect(output).toContain('Content check failed: 1 problem.');
    expect(output).toContain(expectedProblem);
  });

  it('stops `npm run build` with the problem said once, no stack trace, and writes nothing', () => {
    const outDir = join(dir, 'npm-out');
    const run = spawnSync('npm', ['run', 'build', '--silent'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, FIXPATH_CONTENT_DIR: dir, OUT_DIR: outDir },
    });
    const output = `${run.stdout}${run.stderr}`;
    expect(run.status).not.toBe(0);
    expect(output.split(expectedProblem)).toHaveLength(2);
    expect(output).not.toMatch(/^\s+at /m);
    expect(existsSync(outDir)).toBe(false);
  });

  it('stops `vite build` with the same message, and writes nothing', async () => {
    const outDir = join(dir, 'out');
    process.env['FIXPATH_CONTENT_DIR'] = dir;
    try {
      await expect(
        build({ root, logLevel: 'silent', build: { outDir, write: true } }),
      ).rejects.toThrow(expectedProblem);
    } finally {
      delete process.env['FIXPATH_CONTENT_DIR'];
    }
    expect(existsSync(outDir)).toBe(false);
  });
}, 60_000);
