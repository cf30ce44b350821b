/**
 * Ranks errors by the words someone typed: keywords count most, then the title, then where the
 * error appears. Multi-word keywords typed in full ("bank feed") add a bonus; a one-letter typo
 * in a long word ("payrol") still counts a little.
 */
import type { SearchEntry } from '../content/types.ts';
import { editDistance } from './edit-distance.ts';
import { isCodeToken, normalizeQuery } from './normalize-query.ts';

const STOP_WORDS = new Set(
  (
    'a an and are as at be but by can do does for from get got has have i in into is it its ' +
    'keep keeps me my not of on or our says see shows so the this that to was we when while ' +
    'with you your desktop message pops up'
  ).split(' '),
);

/** "feeds" and "feed" are the same word here. */
const stem = (token: string): string =>
  token.length > 3 && token.endsWith('s') && !token.endsWith('ss') ? token.slice(0, -1) : token;

const wordsOf = (text: string): string[] =>
  normalizeQuery(text)
    .split(' ')
    .filter((t) => t.length > 1 && !isCodeToken(t) && !STOP_WORDS.has(t))
    .map(stem);

/** A stemmed phrase, padded so that `includes` matches whole words only. */
const phraseOf = (text: string): string =>
  ` ${normalizeQuery(text).split(' ').map(stem).join(' ')} `;

interface Prepared {
  readonly entry: SearchEntry;
  readonly phrases: readonly string[];
  readonly keywordWords: ReadonlySet<string>;
  readonly titleWords: ReadonlySet<string>;
  readonly appearsWords: ReadonlySet<string>;
}

function prepare(entry: SearchEntry): Prepared {
  const terms = [...entry.keywords, ...entry.aliases];
  const phrases = [...new Set(terms.map(phraseOf))].filter((p) => wordsOf(p).length > 1);
  return {
    entry,
    phrases,
    keywordWords: new Set(terms.flatMap(wordsOf)),
    titleWords: new Set(wordsOf(entry.title)),
    appearsWords: new Set(wordsOf(entry.appearsWhen)),
  };
}

const prepared = new WeakMap<readonly SearchEntry[], readonly Prepared[]>();
function preparedIndex(index: readonly SearchEntry[]): readonly Prepared[] {
  const known = prepared.get(index);
  if (known) return known;
  const made = index.map(prepare);
  prepared.set(index, made);
  return made;
}

function wordScore(p: Prepared, word: string): number {
  if (p.keywordWords.has(word)) return 3;
  if (p.titleWords.has(word)) return 2;
  if (p.appearsWords.has(word)) return 1;
  if (word.length < 5) return 0;
  for (const known of p.keywordWords) if (editDistance(word, known) <= 1) return 1;
  return 0;
}

/** How well one error matches the query's words (0: not at all). */
function score(p: Prepared, words: readonly string[], phrase: string): number {
  const fromWords = words.reduce((sum, word) => sum + wordScore(p, word), 0);
  if (fromWords === 0) return 0;
  const fromPhrases = p.phrases
    .filter((candidate) => phrase.includes(candidate))
    .reduce((sum, candidate) => sum + 2 * (wordsOf(candidate).length - 1), 0);
  return fromWords + fromPhrases;
}

export interface Scored {
  readonly entry: SearchEntry;
  readonly score: number;
}

/** Every error that matches `query`'s words at all, in the index's order, with its score. */
export function scoreWords(index: readonly SearchEntry[], query: string): Scored[] {
  const words = [...new Set(wordsOf(query))];
  if (words.length === 0) return [];
  const phrase = phraseOf(query);
  return preparedIndex(index)
    .map((p) => ({ entry: p.entry, score: score(p, words, phrase) }))
    .filter((s) => s.score > 0);
}

export const MAX_WORD_RESULTS = 5;

/**
 * The errors that match `query`'s words, best first; ties go to fully covered errors, then to
 * the index's order. Weak matches (under half the best score) are left out.
 */
export function rankByWords(
  index: readonly SearchEntry[],
  query: string,
  limit = MAX_WORD_RESULTS,
): SearchEntry[] {
  const scored = scoreWords(index, query).map((s, order) => ({ ...s, order }));
  const best = Math.max(0, ...scored.map((s) => s.score));
  return scored
    .filter((s) => s.score * 2 >= best)
    .sort(
      (a, b) =>
        b.score - a.score ||
        Number(b.entry.kind === 'guided') - Number(a.entry.kind === 'guided') ||
        a.order - b.order,
    )
    .slice(0, limit)
    .map((s) => s.entry);
}
