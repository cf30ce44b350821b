import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSession, encodeSession } from './codec.ts';
import { fingerprint } from './fingerprint.ts';
import { allPaths } from './paths.ts';
import { testTree } from './test-tree.ts';

describe('session codec', () => {
  const print = fingerprint(testTree);

  it('encodes to a short URL-safe string', () => {
    const encoded = encodeSession(testTree, { answers: [0, 0, 1, 0] });
    expect(encoded).toBe(`${print}-0010`);
    expect(encodeURIComponent(encoded)).toBe(encoded);
  });

  it('writes a situation chosen apart from the answers given, and reads both back', () => {
    const session = { answers: [0, 0, 1], situation: { index: 2, implied: 2 } };
    const encoded = encodeSession(testTree, session);
    expect(encoded).toBe(`${print}-_200_1`);
    expect(encodeURIComponent(encoded)).toBe(encoded);
    expect(decodeSession(testTree, encoded)).toEqual({ ok: true, value: session });
    // Links made before situations were recorded still open, as answers.
    expect(decodeSession(testTree, `${print}-001`)).toEqual({
      ok: true,
      value: { answers: [0, 0, 1] },
    });
    // Tampered: an answer the situation stands for that does not exist, or a broken shape.
    expect(decodeSession(testTree, `${print}-_29_1`)).toMatchObject({
      ok: false,
      error: { kind: 'invalid-answer', stepIndex: 0 },
    });
    expect(decodeSession(testTree, `${print}-_200`)).toEqual({
      ok: false,
      error: { kind: 'malformed' },
    });
  });

  it('round-trips every prefix of every real path', () => {
    for (const path of allPaths(testTree)) {
      for (let n = 0; n <= path.answers.length; n++) {
        const session = { answers: path.answers.slice(0, n) };
        expect(decodeSession(testTree, encodeSession(testTree, session))).toEqual({
          ok: true,
          value: session,
        });
      }
    }
  });

  it('property: encode then decode gives the same session', () => {
    const paths = allPaths(testTree);
    const prefixes = fc
      .constantFrom(...paths)
      .chain((p) =>
        fc.integer({ min: 0, max: p.answers.length }).map((n) => p.answers.slice(0, n)),
      );
    fc.assert(
      fc.property(prefixes, (answers) => {
        const decoded = decodeSession(testTree, encodeSession(testTree, { answers }));
        expect(decoded).toEqual({ ok: true, value: { answers } });
      }),
    );
  });

  it('property: decoding any string never throws and always says why it failed', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.stringMatching(/^[0-9a-z]{4}-[0-9a-z]{0,70}$/),
        ),
        (input) => {
          const result = decodeSession(testTree, input);
          if (!result.ok) expect(typeof result.error.kind).toBe('string');
        },
      ),
      { numRuns: 2000 },
    );
    // 2,000 runs take under a second on an idle machine and several on a loaded one (issue 24).
  }, 30_000);

  it('property: decoding any value never throws', () => {
    fc.assert(fc.property(fc.anything(), (input) => void decodeSession(testTree, input)));
  });

  it.each([
    ['', { kind: 'empty' }],
    ['x'.repeat(500), { kind: 'too-long', length: 500 }],
    ['<script>', { kind: 'malformed' }],
    [`${print}_01`, { kind: 'malformed' }],
    ['zzzz-01', { kind: 'content-changed' }],
    [`${print}-9`, { kind: 'invalid-answer', stepIndex: 0, answer: 9 }],
    [`${print}-100`, { kind: 'past-the-end', stepIndex: 2 }],
  ])('explains %j', (input, error) => {
    const print2 = input === 'zzzz-01' && print === 'zzzz' ? 'yyyy-01' : input;
    expect(decodeSession(testTree, print2)).toEqual({ ok: false, error });
  });

  it('accepts upper case (links typed by hand)', () => {
    expect(decodeSession(testTree, `${print.toUpperCase()}-01`)).toEqual({
      ok: true,
      value: { answers: [0, 1] },
    });
  });
});
