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
const families = compiled.content.site.notCovered?.families ?? [];

const first = (query: string): string | undefined =>
  entriesOf(matchQuery(index, query, families))[0]?.slug;

describe('the front door finds the guide people mean first', () => {
  it.each([
    ['H202', 'h202'],
    ['h 202', 'h202'],
    ['multi-user', 'h202'],
    ["can't open company file on the server", 'h202'],
    ['OL-301', 'ol-301'],
    ["bank feed won't connect desktop", 'ol-301'],
    ['-6189, -816', '6189-816'],
    ['Error -6189', '6189-816'],
    ['quickbooks error 6189 816', '6189-816'],
    ['could not open the company file', '6189-816'],
    ['tool hub quick fix my program', '6189-816'],
    ['1328', '1328'],
    ['Error 1328. Error updating file C:\\Config.Msi\\PT1A2B.TMP', '1328'],
    ['error updating file config.msi', '1328'],
    ['error installing quickbooks', '1328'],
    ['3371', '3371'],
    ["license error quickbooks won't start", '3371'],
  ])('%j finds %s first', (query, slug) => {
    expect(first(query)).toBe(slug);
  });

  it.each([
    ['multi-user', 'h202'],
    ["can't open company file on the server", 'h202'],
    ["bank feed won't connect desktop", 'ol-301'],
    ['could not open the company file', '6189-816'],
    ['error updating file config.msi', '1328'],
    ["license error quickbooks won't start", '3371'],
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

  it('finds -6189, -816 and 1328 exactly by code', () => {
    for (const [query, slug] of [
      ['-6189, -816', '6189-816'],
      ['6189', '6189-816'],
      ['error 1328', '1328'],
    ]) {
      const result = matchQuery(index, query ?? '', families);
      expect(result.kind, query).toBe('exact');
      expect(entriesOf(result)[0]?.slug, query).toBe(slug);
    }
  });
});

describe('codes the sources cannot support get no page, and the front door says so', () => {
  it.each(['PS032', 'payroll error PS077', 'QuickBooks error 15215', '15xxx', 'OLSU-1013', 'olsu'])(
    '%j is answered as not covered, with no page offered',
    (query) => {
      const result = matchQuery(index, query, families);
      expect(result.kind).toBe('not-covered');
      expect(entriesOf(result)).toEqual([]);
    },
  );

  it('has no page for any of those families, and no covered code falls in one', () => {
    for (const entry of index) {
      expect(matchQuery(index, entry.code, families).kind, entry.code).not.toBe('not-covered');
    }
    expect(index.map((e) => e.slug)).not.toContain('ps032');
  });

  it('tells people to reach Intuit through QuickBooks, never a number from a search', () => {
    const text = JSON.stringify(compiled.content.site.notCovered);
    expect(text).toMatch(/Help menu/);
    expect(text).toMatch(/Never call a phone number from a search result/);
    expect(text).not.toMatch(/\d{3}[-. ]\d{3}[-. ]\d{4}/);
  });
});
