/**
 * The matcher against the real knowledge base (FIXPATH_CONTENT_DIR, or content/). Only
 * properties every content folder must have, so it passes on the skeleton and the full set.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../content/read-content-dir.ts';
import type { SearchEntry } from '../content/types.ts';
import { entriesOf, matchQuery } from './match-query.ts';
import { codeKey, digitsOf } from './normalize-query.ts';
import { scoreWords } from './score-words.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const compiled = readContentDir(root, process.env['FIXPATH_CONTENT_DIR'] ?? 'content');
if (!compiled.ok) throw new Error('The content folder does not compile: run check:content');
const index: readonly SearchEntry[] = compiled.content.index;

const sharesDigits = (entry: SearchEntry): SearchEntry[] =>
  index.filter((other) => digitsOf(codeKey(other.code)) === digitsOf(codeKey(entry.code)));

describe(`matchQuery on the real index (${index.length} errors)`, () => {
  it('finds every error by its code, as typed in the usual ways', () => {
    for (const entry of index) {
      for (const query of [entry.code, `Error ${entry.code}`, `QuickBooks error ${entry.code}`]) {
        const result = matchQuery(index, query);
        const found = entriesOf(result);
        expect(found, query).toContain(entry);
        if (result.kind === 'ambiguous') expect(result.entries[0]?.code, query).toMatch(/^\d+$/);
      }
    }
  });

  it('asks which message a bare number was whenever several codes share it', () => {
    for (const entry of index.filter((e) => /^\d+$/.test(e.code))) {
      const result = matchQuery(index, entry.code);
      const expected = sharesDigits(entry).length > 1 ? 'ambiguous' : 'exact';
      expect(result.kind, entry.code).toBe(expected);
    }
  });

  it('finds every error by each of its aliases', () => {
    for (const entry of index) {
      for (const alias of entry.aliases) {
        expect(entriesOf(matchQuery(index, alias)), alias).toContain(entry);
      }
    }
  });

  it('scores every error for each of its keywords', () => {
    for (const entry of index) {
      for (const keyword of entry.keywords) {
        const scored = scoreWords(index, keyword).map((s) => s.entry);
        expect(scored, keyword).toContain(entry);
      }
    }
  });
});
