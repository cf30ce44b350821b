import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent, type RawFile } from './compile-content.ts';
import { formatProblems } from './problem.ts';
import { readContentDir, readYamlFile } from './read-content-dir.ts';

const root = process.cwd();
const fixtures = 'src/content/fixtures';

function must(result: RawFile | { problem: string }): RawFile {
  if ('problem' in result) throw new Error(result.problem);
  return result;
}

/**
 * Compiles the valid fixture content with one broken file swapped in (an error file, or the
 * versions table for fixtures named `versions-*`); returns the message. A neighbouring code
 * (`neighbour-*`) is compiled beside the valid guided error it points to.
 */
function messageFor(name: string): string {
  const file = readYamlFile(root, join(root, fixtures, 'broken', `${name}.yaml`));
  if ('problem' in file) return formatProblems([file]);
  const valid = (path: string): RawFile => must(readYamlFile(root, join(root, fixtures, path)));
  const isVersions = name.startsWith('versions-');
  const result = compileContent({
    site: valid('valid/site.yaml'),
    versions: isVersions ? file : valid('valid/versions.yaml'),
    errors: isVersions
      ? [valid('valid/errors/tiny.yaml')]
      : name.startsWith('neighbour-')
        ? [valid('valid/errors/tiny.yaml'), file]
        : [file],
  });
  return result.ok ? 'no problem found' : formatProblems(result.problems);
}

const expected: Record<string, string> = {
  'claim-unknown-source': [
    'Content check failed: 1 problem.',
    '',
    'src/content/fixtures/broken/claim-unknown-source.yaml:58',
    '  field:   tree.nodes[1] (id "wait").source',
    '  problem: names the source "intuit-article", which is not in this error\'s sources',
    '  hint:    use an id from this error\'s sources (test), add "intuit-article" to sources with its type, or write source: ours',
  ].join('\n'),
  'claim-unsourced': [
    'Content check failed: 1 problem.',
    '',
    'src/content/fixtures/broken/claim-unsourced.yaml:68',
    '  field:   tree.nodes[2] (id "refresh").steps[0].source',
    "  problem: this step doesn't say where it comes from",
    "  hint:    add source: with the id of one of this error's sources (test), or source: ours if it is Fixpath's own advice",
  ].join('\n'),
  'bad-cause-node': [
    'Content check failed: 1 problem.',
    '',
    'src/content/fixtures/broken/bad-cause-node.yaml:20',
    '  field:   causes[0] (id "down").fixNode',
    '  problem: names the node "wiat", which is not in this error\'s tree',
    '  hint:    use the id of the node where this cause is fixed',
  ].join('\n'),
  'dangling-next': [
    'Content check failed: 1 problem.',
    '',
    'src/content/fixtures/broken/dangling-next.yaml:37',
    '  field:   tree.nodes[0] (id "ask") answer 3',
    '  problem: leads to "not-sure", but no node has that id',
    '  hint:    fix the spelling of the id, or add the missing node',
  ].join('\n'),
  'dead-end': [
    'Content check failed: 1 problem.',
    '',
    'src/content/fixtures/broken/dead-end.yaml:66',
    '  field:   tree.nodes[5] (id "spin")',
    '  problem: from here the user can never reach an ending (a resolved or escalation node)',
    '  hint:    make sure every route ends in a "resolved" or "escalation" node',
  ].join('\n'),
  'duplicate-id': [
    'Content check failed: 1 problem.',
    '',
    'src/content/fixtures/broken/duplicate-id.yaml:63',
    '  field:   tree.nodes[3] (id "fixed")',
    '  problem: the id "fixed" is used by 2 nodes (positions 3, 5)',
    '  hint:    give every node its own id',
  ].join('\n'),
  'invalid-yaml': [
    'Content check failed: 1 problem.',
    '',
    'src/content/fixtures/broken/invalid-yaml.yaml:7',
    '  problem: this is not valid YAML: All mapping items must start at the same column',
    '  hint:    check the indentation and that text containing ": " is in quotes',
  ].join('\n'),
  'missing-field': [
    'Content check failed: 1 problem.',
    '',
    'src/content/fixtures/broken/missing-field.yaml',
    '  field:   title',
    '  problem: this field is required but missing',
    '  hint:    add it; see docs/authoring.md for what it holds',
  ].join('\n'),
  'slug-mismatch': [
    'Content check failed: 1 problem.',
    '',
    'src/content/fixtures/broken/slug-mismatch.yaml:3',
    '  field:   slug',
    '  problem: the slug "something-else" does not match the file name',
    '  hint:    rename the file to something-else.yaml, or set slug: slug-mismatch',
  ].join('\n'),
  'neighbour-in-guide-label': [
    'Content check failed: 1 problem.',
    '',
    'src/content/fixtures/broken/neighbour-in-guide-label.yaml:12',
    '  field:   inGuide.via[0]',
    '  problem: "ask" in tiny.yaml has no answer "Perhaps" (it offers "Yes", "No")',
    '  hint:    copy each answer exactly as tiny.yaml writes it, in the order they are given',
  ].join('\n'),
  'repair-step-both': [
    'Content check failed: 1 problem.',
    '',
    'src/content/fixtures/broken/repair-step-both.yaml:57',
    '  field:   tree.nodes[2] (id "refresh")',
    '  problem: says both repairStep and addedByUs',
    '  hint:    keep one of them',
  ].join('\n'),
  'repair-step-missing': [
    'Content check failed: 2 problems.',
    '',
    'src/content/fixtures/broken/repair-step-missing.yaml:57',
    '  field:   tree.nodes[2] (id "refresh")',
    '  problem: does not say whether it is one of the numbered repair steps or added by us',
    '  hint:    add "repairStep: <number>" (see repairSteps), or "addedByUs: true"',
    '',
    'src/content/fixtures/broken/repair-step-missing.yaml:22',
    '  field:   repairSteps[0]',
    '  problem: no fix carries out repair step 1',
    '  hint:    add "repairStep: 1" to the fix that does it, or remove it from the list',
  ].join('\n'),
  'repair-step-unknown': [
    'Content check failed: 2 problems.',
    '',
    'src/content/fixtures/broken/repair-step-unknown.yaml:61',
    '  field:   tree.nodes[2] (id "refresh").repairStep',
    "  problem: names repair step 2, but this error's repairSteps lists 1",
    '  hint:    use a number from repairSteps, or add the step there',
    '',
    'src/content/fixtures/broken/repair-step-unknown.yaml:22',
    '  field:   repairSteps[0]',
    '  problem: no fix carries out repair step 1',
    '  hint:    add "repairStep: 1" to the fix that does it, or remove it from the list',
  ].join('\n'),
  'repair-step-unlabelled': [
    'Content check failed: 1 problem.',
    '',
    'src/content/fixtures/broken/repair-step-unlabelled.yaml:65',
    '  field:   tree.nodes[2] (id "refresh").steps[1]',
    '  problem: this fix carries out repair steps 1 and 2, so each of its steps must say which one it belongs to',
    '  hint:    add "repairStep: 1" or "repairStep: 2" to this step',
  ].join('\n'),
  'repair-step-unused': [
    'Content check failed: 1 problem.',
    '',
    'src/content/fixtures/broken/repair-step-unused.yaml:23',
    '  field:   repairSteps[1]',
    '  problem: no fix carries out repair step 2',
    '  hint:    add "repairStep: 2" to the fix that does it, or remove it from the list',
  ].join('\n'),
  'repair-steps-numbering': [
    'Content check failed: 1 problem.',
    '',
    'src/content/fixtures/broken/repair-steps-numbering.yaml:22',
    '  field:   repairSteps',
    '  problem: repair steps are numbered 1, 2, 3 and so on, in order',
    '  hint:    number them as the source does, starting at 1 with no gaps',
  ].join('\n'),
  'sounds-like-elsewhere': [
    'Content check failed: 1 problem.',
    '',
    'src/content/fixtures/broken/sounds-like-elsewhere.yaml:20',
    '  field:   causes[0] (id "down").soundsLike.via',
    '  problem: these answers lead to "refresh", not to this cause\'s fixNode "wait"',
    '  hint:    change the answers so that they end on the fix, or leave "via" out to take the shortest route',
  ].join('\n'),
  'sounds-like-label': [
    'Content check failed: 1 problem.',
    '',
    'src/content/fixtures/broken/sounds-like-label.yaml:20',
    '  field:   causes[0] (id "down").soundsLike.via[0]',
    '  problem: "ask" has no answer "Maybe" (it offers "Yes", "No")',
    '  hint:    copy each answer exactly as the tree writes it, in the order they are given',
  ].join('\n'),
  'versions-certainty': [
    'Content check failed: 1 problem.',
    '',
    'src/content/fixtures/broken/versions-certainty.yaml:20',
    '  field:   rows[2] (label "QuickBooks Desktop 2022").certainty',
    '  problem: the text "probably" is not allowed here',
    '  hint:    use one of: confirmed, reported, inferred',
  ].join('\n'),
  'unknown-field': [
    'Content check failed: 2 problems.',
    '',
    'src/content/fixtures/broken/unknown-field.yaml:55',
    '  field:   tree.nodes[2] (id "refresh").title',
    '  problem: this field is required but missing',
    '  hint:    add it; see docs/authoring.md for what it holds',
    '',
    'src/content/fixtures/broken/unknown-field.yaml:55',
    '  field:   tree.nodes[2] (id "refresh")',
    '  problem: unknown field "titel"',
    '  hint:    check the spelling; docs/authoring.md lists the fields each part accepts',
  ].join('\n'),
  'unknown-kind': [
    'Content check failed: 1 problem.',
    '',
    'src/content/fixtures/broken/unknown-kind.yaml:56',
    '  field:   tree.nodes[2] (id "refresh").kind',
    '  problem: "kind" is the text "repair"',
    '  hint:    use one of: question, version-question, fix, wait, escalation, resolved',
  ].join('\n'),
  'unknown-related': [
    'Content check failed: 1 problem.',
    '',
    'src/content/fixtures/broken/unknown-related.yaml:32',
    '  field:   related[0].slug',
    '  problem: names the error "999", but content/errors/ has no file for it',
    '  hint:    add content/errors/999.yaml, or correct the slug',
  ].join('\n'),
  'unmarked-loop': [
    'Content check failed: 1 problem.',
    '',
    'src/content/fixtures/broken/unmarked-loop.yaml:43',
    '  field:   tree.nodes[1] (id "wait")',
    '  problem: these nodes lead round in a circle: "wait" → "wait"',
    '  hint:    if the loop is meant ("wait, then try again"), add "retry: true" to the answer that goes back',
  ].join('\n'),
  unreachable: [
    'Content check failed: 1 problem.',
    '',
    'src/content/fixtures/broken/unreachable.yaml:65',
    '  field:   tree.nodes[5] (id "orphan")',
    '  problem: no answer leads to this node, so nobody can ever see it',
    '  hint:    point an answer at it, or remove it',
  ].join('\n'),
  'wrong-type': [
    'Content check failed: 1 problem.',
    '',
    'src/content/fixtures/broken/wrong-type.yaml:47',
    '  field:   tree.nodes[1] (id "wait").wait.minMinutes',
    '  problem: expected a number, found the text "two hours"',
    '  hint:    write digits only, without units (e.g. 120)',
  ].join('\n'),
};

describe('content fixtures', () => {
  it('the valid fixture passes', () => {
    const result = readContentDir(root, `${fixtures}/valid`);
    expect(result.ok ? 'ok' : formatProblems(result.problems)).toBe('ok');
  });

  it('has one broken file per kind of mistake, each with its expected message', () => {
    const names = readdirSync(join(root, fixtures, 'broken')).map((n) => n.replace(/\.yaml$/, ''));
    expect(names.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s', (name, message) => {
    expect(messageFor(name)).toBe(message);
  });
});

describe('optional content', () => {
  it('an error with no sourced price may leave its costs empty (or out)', () => {
    const tiny = must(readYamlFile(root, join(root, fixtures, 'valid/errors/tiny.yaml')));
    const data: unknown = tiny.data;
    const expert: unknown = typeof data === 'object' && data ? Reflect.get(data, 'expert') : {};
    for (const costs of [[], undefined]) {
      const edited = { ...tiny, data: { ...Object(data), expert: { ...Object(expert), costs } } };
      const result = compileContent({
        site: must(readYamlFile(root, join(root, fixtures, 'valid/site.yaml'))),
        versions: must(readYamlFile(root, join(root, fixtures, 'valid/versions.yaml'))),
        errors: [edited],
      });
      expect(result.ok ? 'ok' : formatProblems(result.problems)).toBe('ok');
    }
  });
});
