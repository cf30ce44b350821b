/**
 * Nobody is asked for the same thing twice (issue 22): on every route of every guided error,
 * no answer to a question repeats an answer already given on that route, word for word or as
 * the start of it ("All my accounts at this bank fail" after "All my accounts at this bank
 * fail, or it's my only one there"), and no question is asked twice.
 */
import { describe, expect, it } from 'vitest';
import { allPaths, choicesOf } from '../engine/index.ts';
import { readContentDir } from './read-content-dir.ts';
import { toTree } from './runtime/to-tree.ts';
import type { GuidedError } from './types.ts';

interface Asked {
  readonly question: string;
  readonly answer: string;
}

const plain = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Each repeat on a route, as "earlier answer / later answer". */
export function repeats(route: readonly Asked[]): string[] {
  const found: string[] = [];
  route.forEach((later, index) => {
    for (const earlier of route.slice(0, index)) {
      const [a, b] = [plain(earlier.answer), plain(later.answer)];
      const sameAnswer = a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `);
      const sameQuestion = plain(earlier.question) === plain(later.question);
      if (sameAnswer || (sameQuestion && a === b))
        found.push(`${earlier.answer} / ${later.answer}`);
    }
  });
  return found;
}

describe('the repeat check', () => {
  it('finds an answer that was already given, or the start of one', () => {
    const route = [
      {
        question: 'What happens in QuickBooks?',
        answer: "All my accounts fail, or it's my only one",
      },
      { question: 'Three updates failed. Which fits?', answer: 'All my accounts fail' },
    ];
    expect(repeats(route)).toEqual([
      "All my accounts fail, or it's my only one / All my accounts fail",
    ]);
    const year = { question: 'Which year?', answer: 'QuickBooks Desktop 2024 or newer' };
    expect(repeats([year, { question: 'Which year, again?', answer: year.answer }])).toHaveLength(
      1,
    );
  });

  it('lets different answers through, even ones that share words', () => {
    const route = [
      { question: 'What happens in QuickBooks?', answer: 'All my accounts fail' },
      { question: 'Three updates failed. Which fits?', answer: "It's my only account here" },
      { question: 'Which year?', answer: 'All my accounts failing' },
    ];
    expect(repeats(route)).toEqual([]);
  });
});

const content = readContentDir(process.cwd(), process.env['FIXPATH_CONTENT_DIR'] ?? 'content');
if (!content.ok) throw new Error('content/ does not pass the content check');
const guided = content.content.errors.filter((e): e is GuidedError => e.kind === 'guided');

describe.each(guided.map((entry) => [entry.slug, entry] as const))('%s', (_slug, entry) => {
  it('asks nobody for an answer already given on their route', () => {
    const tree = toTree(entry.tree);
    const found: string[] = [];
    for (const route of allPaths(tree)) {
      const asked: Asked[] = [];
      route.nodes.slice(0, -1).forEach((id, step) => {
        const node = tree.nodes.get(id);
        if (node?.kind !== 'question') return;
        const choice = choicesOf(node)[route.answers[step] ?? -1];
        if (choice) asked.push({ question: node.title, answer: choice.label });
      });
      found.push(...repeats(asked).map((repeat) => `${route.nodes.join(' > ')}: ${repeat}`));
    }
    expect(found).toEqual([]);
  });
});
