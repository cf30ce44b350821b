import content from 'virtual:fixpath/all';
import { describe, expect, it } from 'vitest';
import type { OutcomeEvent } from '../../lib/events/event-types.ts';
import { sampleWalk, walkIdOf } from '../test-support/sample-walk.ts';
import { buildCatalogue } from './content-catalogue.ts';
import { validateBatch } from './validate-batch.ts';

const catalogue = buildCatalogue(content);
const entry = catalogue.error('102');
if (!entry) throw new Error('content has no 102');
const walk = walkIdOf(1);
const base = { walk, seq: 0, error: '102', mode: 'owner' } as const;
const check = (events: unknown) => validateBatch(JSON.stringify({ events }), catalogue);
const problems = (events: unknown): readonly string[] => {
  const result = check(events);
  return result.ok ? [] : result.problems;
};

describe('an events batch, checked against the content', () => {
  it('accepts every event of real walks, in every guided error, and turns them into rows', () => {
    for (const guided of catalogue.guided) {
      for (let i = 0; i < 5; i++) {
        const events = sampleWalk(guided, walkIdOf(i), { mode: i % 2 ? 'agent' : 'owner' });
        const result = check(events);
        expect(result.ok, `${guided.slug} walk ${i}: ${JSON.stringify(result)}`).toBe(true);
      }
    }
    const result = check([
      { ...base, kind: 'fix-outcome', node: 'check-bank-notices', fixed: false },
    ]);
    expect(result).toEqual({
      ok: true,
      rows: [
        { ...base, kind: 'fix-outcome', node: 'check-bank-notices', choice: null, yes: false },
      ],
    });
  });

  it('refuses events the content does not have', () => {
    expect(
      problems(
        [
          { ...base, error: '999' },
          { ...base, kind: 'guide-started', error: '103' },
        ].map((e) => ({ kind: 'guide-started', ...e })),
      ),
    ).toEqual(['events.0: "999" is not a guided error', 'events.1: "103" is not a guided error']);
    expect(problems([{ ...base, kind: 'node-reached', node: 'no-such-step' }])).toEqual([
      'events.0: "no-such-step" is not a step of 102',
    ]);
    expect(problems([{ ...base, kind: 'answer', node: 'bank-website', choice: 4 }])).toEqual([
      'events.0: choice 4 is out of range ("bank-website" has 4)',
    ]);
    expect(problems([{ ...base, kind: 'fix-outcome', node: 'bank-website', fixed: true }])).toEqual(
      ['events.0: "bank-website" is not a fix'],
    );
    expect(problems([{ ...base, kind: 'helpful', node: 'bank-website', helpful: true }])).toEqual([
      'events.0: "bank-website" is not an ending',
    ]);
    expect(problems([{ ...base, kind: 'answer-changed', node: 'expert-48h' }])).toEqual([
      'events.0: "expert-48h" has no answers to change',
    ]);
    expect(problems([{ ...base, kind: 'situation-chosen', situation: 3 }])).toEqual([
      'events.0: situation 3 is out of range (102 has 3)',
    ]);
  });

  it('refuses junk, wrong types, unknown fields, markup and oversized batches', () => {
    const good: OutcomeEvent = { ...base, kind: 'guide-started' };
    const cases: [string, unknown][] = [
      ['not JSON', undefined],
      ['a number', 42],
      ['no events', []],
      ['a string seq', [{ ...good, seq: '1' }]],
      ['a fractional seq', [{ ...good, seq: 1.5 }]],
      ['a negative choice', [{ ...base, kind: 'answer', node: 'bank-website', choice: -1 }]],
      ['an unknown kind', [{ ...good, kind: 'page-view' }]],
      ['an unknown field', [{ ...good, ip: '203.0.113.9' }]],
      ['a user agent', [{ ...good, userAgent: 'Mozilla/5.0' }]],
      ['markup in an id', [{ ...base, kind: 'node-reached', node: '<script>alert(1)</script>' }]],
      ['markup in the walk', [{ ...good, walk: '<img src=x onerror=1>' }]],
      ['a bad mode', [{ ...good, mode: 'admin' }]],
      ['51 events', Array.from({ length: 51 }, (_, seq) => ({ ...good, seq }))],
    ];
    for (const [name, events] of cases) {
      const body =
        name === 'not JSON'
          ? '{"events": ['
          : JSON.stringify(name === 'a number' ? events : { events });
      expect(validateBatch(body, catalogue).ok, name).toBe(false);
    }
    expect(validateBatch(JSON.stringify({ events: [good], extra: 1 }), catalogue).ok).toBe(false);
  });
});
