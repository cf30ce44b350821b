/**
 * Turns what someone typed into a canonical form the matcher can compare: lower-case words
 * and codes separated by single spaces. Product words ("QuickBooks", "error", "code") are
 * dropped, punctuation becomes a space, and a short letter prefix is joined to the number after
 * it, so "QuickBooks Error OL-202" and "ol 202" both become "ol202".
 */

/** Longer input is cut: a pasted message is rarely longer, and matching stays cheap. */
export const MAX_QUERY_LENGTH = 300;

const NOISE = new Set(['quickbooks', 'qb', 'qbd', 'error', 'errors', 'code', 'codes']);

/** Two-letter words that are never a code prefix ("in 2023" stays two words). */
const NOT_A_PREFIX = new Set([
  'a',
  'i',
  'am',
  'an',
  'as',
  'at',
  'be',
  'by',
  'do',
  'go',
  'if',
  'in',
  'is',
  'it',
  'me',
  'my',
  'no',
  'of',
  'on',
  'or',
  'so',
  'to',
  'up',
  'us',
  'we',
]);

const isLetters = (token: string): boolean => /^[a-z]+$/.test(token);
const isDigits = (token: string): boolean => /^\d+$/.test(token);

function joinPrefixes(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const next = tokens[i + 1];
    const joins =
      next !== undefined &&
      isDigits(next) &&
      isLetters(token) &&
      token.length <= 2 &&
      !NOT_A_PREFIX.has(token);
    if (joins) {
      out.push(token + next);
      i += 1;
    } else out.push(token);
  }
  return out;
}

/** Splits glued letters and digits only at a word's edge: "error202" -> "error 202". */
const splitWordFromNumber = (text: string): string =>
  text.replace(/\b([a-z]{3,})(\d+)\b/g, '$1 $2');

export function normalizeQuery(raw: string): string {
  const text = raw.slice(0, MAX_QUERY_LENGTH).normalize('NFKC').toLowerCase();
  const spaced = splitWordFromNumber(text.replace(/[^a-z0-9]+/g, ' '));
  const tokens = spaced.split(' ').filter((token) => token !== '' && !NOISE.has(token));
  return joinPrefixes(tokens).join(' ');
}

/** The canonical form of an error code, as normalizeQuery would make it: "OL-202" -> "ol202". */
export const codeKey = (code: string): string => code.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The keys of each part of a code that QuickBooks shows as several numbers:
 * "-6189, -816" -> ["6189", "816"]; "OL-202" -> ["ol202"].
 */
export const codeKeysOf = (code: string): string[] =>
  code
    .split(/[\s,;/]+/)
    .map(codeKey)
    .filter((key) => key !== '');

/** Only the digits of a code: "ol202" -> "202". */
export const digitsOf = (code: string): string => code.replace(/\D/g, '');

/** A token that names a code: optional short letters, then at least two digits. */
export const isCodeToken = (token: string): boolean => /^[a-z]{0,2}\d{2,}$/.test(token);
