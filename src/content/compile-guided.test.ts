import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent, type CompileResult, type RawFile } from './compile-content.ts';
import { compileTree } from './compile-tree.ts';
import { isRecord } from './field-path.ts';
import { readYamlFile } from './read-content-dir.ts';
import type { AuthoredTree } from './schema/node.ts';
import type { VersionTable } from './schema/versions.ts';
import type { GuidedError } from './types.ts';

function firstGuided(result: CompileResult): GuidedError {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const entry = result.content.errors.find((e): e is GuidedError => e.kind === 'guided');
  if (!entry) throw new Error('no guided error');
  return entry;
}

const row = (label: string, ended: boolean, certainty: 'confirmed' | 'inferred') => ({
  label,
  payroll: ended ? ('ended' as const) : ('supported' as const),
  bankFeeds: ended ? ('ended' as const) : ('supported' as const),
  certainty,
  asOf: '2026-11-01',
  source: 'A test source',
});

const versions: VersionTable = {
  rows: [
    row('New', false, 'confirmed'),
    row('Old', true, 'confirmed'),
    row('Older?', true, 'inferred'),
  ],
};

const leaf = (id: string) => ({ id, kind: 'escalation' as const, title: id, reason: id });

describe('compileTree', () => {
  it('sends a confirmed end to `unsupported` and an inferred one to `unconfirmed`, saying so', () => {
    const authored: AuthoredTree = {
      start: 'year',
      nodes: [
        {
          id: 'year',
          kind: 'version-question',
          title: 'Which year?',
          supported: 'fine',
          unsupported: 'upgrade',
          unconfirmed: 'try-first',
          notSure: { label: 'Not sure', next: 'try-first' },
        },
        leaf('fine'),
        leaf('upgrade'),
        leaf('try-first'),
      ],
    };
    const [year] = compileTree('t', authored, versions).tree.nodes;
    expect(year?.kind === 'question' && year.answers.map((a) => [a.label, a.next])).toEqual([
      ['New', 'fine'],
      ['Old', 'upgrade'],
      ['Older?', 'try-first'],
      ['Not sure', 'try-first'],
    ]);
    const hints = year?.kind === 'question' ? year.answers.map((a) => a.hint) : [];
    expect(hints[0]).toBeUndefined();
    expect(hints[1]).toMatch(/^Intuit's online services have ended/);
    expect(hints[2]).toMatch(/our reading, not a confirmed date/);
  });
});

describe('compileContent on the valid fixture', () => {
  const root = process.cwd();
  const read = (path: string): RawFile => {
    const file = readYamlFile(root, join(root, 'src/content/fixtures/valid', path));
    if ('problem' in file) throw new Error(file.problem);
    return file;
  };

  it('gives each cause its situation and the answers that lead straight to its fix', () => {
    const result = compileContent({
      site: read('site.yaml'),
      versions: read('versions.yaml'),
      errors: [read('errors/tiny.yaml')],
    });
    const tiny = firstGuided(result);
    expect(tiny.causes[0]?.soundsLike).toEqual({ text: 'The website is down.', answers: [0] });
  });

  it('names the repair steps a fix carries out, or marks it as added by us', () => {
    const file = read('errors/tiny.yaml');
    const data: unknown = structuredClone(file.data);
    const tree = isRecord(data) ? data['tree'] : undefined;
    const nodes = isRecord(tree) && Array.isArray(tree['nodes']) ? tree['nodes'] : [];
    const refresh: unknown = nodes.find((node) => isRecord(node) && node['id'] === 'refresh');
    if (!isRecord(data) || !isRecord(refresh)) throw new Error('unexpected fixture shape');
    data['repairSteps'] = [{ number: 1, name: 'Refresh the feed' }];
    refresh['repairStep'] = 1;
    const result = compileContent({
      site: read('site.yaml'),
      versions: read('versions.yaml'),
      errors: [{ file: file.file, data }],
    });
    const tiny = firstGuided(result);
    const fix = tiny.tree.nodes.find((node) => node.id === 'refresh');
    expect(fix?.kind === 'fix' && fix.origin).toEqual({
      kind: 'repair-steps',
      steps: [{ number: 1, name: 'Refresh the feed' }],
    });
    expect(tiny.repairSteps).toEqual([{ number: 1, name: 'Refresh the feed' }]);
  });
});
