import { describe, expect, it } from 'vitest';
import { keptText } from './kept-text.ts';

describe('kept text', () => {
  it('lists each copy exactly as saved, oldest first, under its time in UTC', () => {
    const text = keptText('saved progress', [
      { at: Date.UTC(2026, 10, 21, 13, 5, 9), text: '{oops' },
      { at: Date.UTC(2026, 10, 22, 8, 0, 0), text: '<b>not html</b>' },
    ]);
    expect(text).toBe(
      [
        'Fixpath: saved progress that could not be used',
        'Kept in this browser. Nothing here was sent anywhere.',
        '',
        'Copy 1 of 2, set aside 2026-11-21 13:05:09 UTC',
        '----------------------------------------------',
        '{oops',
        '',
        'Copy 2 of 2, set aside 2026-11-22 08:00:00 UTC',
        '----------------------------------------------',
        '<b>not html</b>',
        '',
      ].join('\n'),
    );
  });
});
