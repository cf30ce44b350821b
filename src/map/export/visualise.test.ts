import { describe, expect, it } from 'vitest';
import type { ErrorEntry } from '../../content/types.ts';
import { tinyFixture } from '../test-support/tiny-fixture.ts';
import { visualise } from './visualise.ts';

const tiny = tinyFixture();
const neighbour: ErrorEntry = {
  kind: 'neighbour',
  code: 'H202',
  slug: 'h202',
  title: 'Error H202',
  description: 'A neighbour.',
  appearsWhen: 'Opening a shared file',
  whatItIs: ['Another error.'],
  lookalikeOf: ['tiny'],
  howToTell: ['By its letter.'],
  whereToGo: [{ label: 'Help', url: 'https://example.com/' }],
  confidence: 'intuit',
  sources: [{ title: 'Test' }],
  search: { aliases: [], keywords: [] },
};

describe('visualise', () => {
  it('prints the tree by slug or code, in either format (Mermaid when none is named)', () => {
    expect(visualise([tiny], ['tiny', '--format', 'dot'])).toMatchObject({
      ok: true,
      text: expect.stringContaining('digraph'),
    });
    expect(visualise([tiny], ['900', '--format=mermaid'])).toMatchObject({
      ok: true,
      text: expect.stringContaining('flowchart TD'),
    });
    expect(visualise([tiny], ['TINY'])).toMatchObject({
      ok: true,
      text: expect.stringContaining('flowchart TD'),
    });
  });

  it.each([
    [['zzz'], 'No error "zzz" in the content. Guided errors: tiny.'],
    [['tiny', '--format', 'svg'], 'Unknown format "svg": use --format mermaid or --format dot.'],
    [['tiny', '--format'], 'Unknown format "": use --format mermaid or --format dot.'],
    [[], 'Usage: npm run visualise -- <code> --format mermaid|dot (guided errors: tiny)'],
    [
      ['tiny', 'extra'],
      'Unknown argument "extra". Usage: npm run visualise -- <code> --format mermaid|dot',
    ],
    [
      ['h202'],
      'Error H202 has a short page, not a guide, so it has no tree to draw. Guided errors: tiny.',
    ],
  ])('explains %j in one line', (args, message) => {
    expect(visualise([tiny, neighbour], args)).toEqual({ ok: false, message });
  });
});
