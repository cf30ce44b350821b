/**
 * What people type when they have H202 or a Desktop bank feed failure finds the right guide
 * first (issue 17). Against the real content/, whatever FIXPATH_CONTENT_DIR says, because these
 * are promises about our own knowledge base.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../content/read-content-dir.ts';
import { entriesOf, matchQuery } from './match-query.ts';
import { scoreWords } from './score-words.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const compiled = readContentDir(root, 'content');
if (!compiled.ok) throw new Error('content/ does not compile: run check:content');
const index = compiled.content.index;

const first = (query: string): string | undefined => entriesOf(matchQuery(index, query))[0]?.slug;

describe('the front door finds the guide people mean first', () => {
  it.each([
    ['H202', 'h202'],
    ['h 202', 'h202'],
    ['multi-user', 'h202'],
    ["can't open company file on the server", 'h202'],
    ['OL-301', 'ol-301'],
    ["bank feed won't connect desktop", 'ol-301'],
  ])('%j finds %s first', (query, slug) => {
    expect(first(query)).toBe(slug);
  });

  it.each([
    ['multi-user', 'h202'],
    ["can't open company file on the server", 'h202'],
    ["bank feed won't connect desktop", 'ol-301'],
  ])('%j puts %s ahead on its words alone, not by a tie-break', (query, slug) => {
    const scores = scoreWords(index, query)
      .map((s) => [s.entry.slug, s.score] as const)
      .sort((a, b) => b[1] - a[1]);
    expect(scores[0]?.[0]).toBe(slug);
    expect(scores[0]?.[1] ?? 0).toBeGreaterThan(scores[1]?.[1] ?? 0);
  });

  it('finds the H202 family and OL-393 by code, each on its own page', () => {
    for (const code of ['H101', 'H303', 'H505', 'OL-393', 'OL-222']) {
      const result = matchQuery(index, code);
      expect(result.kind, code).toBe('exact');
      expect(entriesOf(result)[0]?.code, code).toBe(code);
    }
  });
});
