import { FINGERPRINT_LENGTH, fingerprint } from './fingerprint.ts';
import { err, ok, type Result } from './result.ts';
import { walk, type Session, type WalkError } from './session.ts';
import type { Tree } from './types.ts';

/**
 * A session as a short URL-safe string: `<fingerprint>-<answers>`, one base-36 digit per
 * answer, e.g. `k3f9-0210`. The fingerprint ties the string to the tree's shape. A situation
 * chosen comes first, between underscores (kept as they are in a query string): its index and
 * the answers it stands for, then the answers given (`k3f9-_203_1`: situation 2, standing for
 * answers 0 and 3; then answer 1 given).
 */
export const MAX_ANSWERS = 64;
const MAX_ANSWER = 35;
const SHAPE = new RegExp(
  `^([0-9a-z]{${FINGERPRINT_LENGTH}})-(?:_([0-9a-z])([0-9a-z]*)_)?([0-9a-z]*)$`,
);
const digit = (answer: number): string => Math.min(Math.max(answer, 0), MAX_ANSWER).toString(36);

export type DecodeError =
  | { readonly kind: 'empty' }
  | { readonly kind: 'too-long'; readonly length: number }
  | { readonly kind: 'malformed' }
  | { readonly kind: 'content-changed' }
  | WalkError;

export function encodeSession(tree: Tree, session: Session): string {
  const digits = session.answers.map(digit).join('');
  const { situation } = session;
  if (!situation || situation.implied > digits.length) return `${fingerprint(tree)}-${digits}`;
  const chose = `_${digit(situation.index)}${digits.slice(0, situation.implied)}_`;
  return `${fingerprint(tree)}-${chose}${digits.slice(situation.implied)}`;
}

/** The tree fingerprint a session string carries, whatever tree it was made for; else undefined. */
export function fingerprintOf(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  return SHAPE.exec(input.toLowerCase())?.[1];
}

/** Turns any string into a session of `tree`, or a typed reason why not. Never throws. */
export function decodeSession(tree: Tree, input: unknown): Result<Session, DecodeError> {
  if (typeof input !== 'string' || input.length === 0) return err({ kind: 'empty' });
  const maxLength = FINGERPRINT_LENGTH + 1 + MAX_ANSWERS + 3;
  if (input.length > maxLength) return err({ kind: 'too-long', length: input.length });
  const match = SHAPE.exec(input.toLowerCase());
  if (!match) return err({ kind: 'malformed' });
  const [, print = '', index, implied = '', given = ''] = match;
  if (print !== fingerprint(tree)) return err({ kind: 'content-changed' });
  const answers = [...implied, ...given].map((d) => parseInt(d, 36));
  if (answers.length > MAX_ANSWERS) return err({ kind: 'too-long', length: input.length });
  const session: Session =
    index === undefined
      ? { answers }
      : { answers, situation: { index: parseInt(index, 36), implied: implied.length } };
  const replayed = walk(tree, session);
  return replayed.ok ? ok(session) : replayed;
}
