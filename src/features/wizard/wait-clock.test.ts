import { describe, expect, it } from 'vitest';
import { clockTime, retryAt, retryWindow, waitLength } from './wait-clock.ts';

const utc = { locale: 'en-US', timeZone: 'UTC' } as const;
const at = (iso: string): Date => new Date(iso);

describe('wait clock', () => {
  it('rounds the retry time up to the next five minutes', () => {
    expect(retryAt(at('2026-03-02T13:37:10Z'), 120).toISOString()).toBe('2026-03-02T15:40:00.000Z');
    expect(retryAt(at('2026-03-02T13:35:00Z'), 30).toISOString()).toBe('2026-03-02T14:05:00.000Z');
  });

  it('formats "Try again after 3:40 pm (between 3:40 pm and 5:40 pm)"', () => {
    const window = retryWindow(
      at('2026-03-02T13:37:10Z'),
      { minMinutes: 120, maxMinutes: 240 },
      utc,
    );
    expect(window.sentence).toBe('Try again after 3:40 pm (between 3:40 pm and 5:40 pm)');
  });

  it('says "tomorrow" when the time falls on the next day', () => {
    const now = at('2026-03-02T22:50:00Z');
    expect(clockTime(retryAt(now, 120), now, utc)).toBe('12:50 am tomorrow');
    expect(retryWindow(now, { minMinutes: 30, maxMinutes: 60 }, utc).sentence).toBe(
      'Try again after 11:20 pm (between 11:20 pm and 11:50 pm)',
    );
  });

  it('gives a single time when the wait is exact', () => {
    expect(
      retryWindow(at('2026-03-02T09:00:00Z'), { minMinutes: 60, maxMinutes: 60 }, utc).sentence,
    ).toBe('Try again after 10:00 am');
  });

  it('counts from when the wait started, not from a later visit', () => {
    const started = at('2026-03-02T09:05:00Z');
    const later = retryWindow(
      started,
      { minMinutes: 120, maxMinutes: 240 },
      { ...utc, now: at('2026-03-02T10:10:00Z') },
    );
    expect(later.started).toBe('You started waiting at 9:05 am.');
    expect(later.sentence).toBe('Try again after 11:05 am (between 11:05 am and 1:05 pm)');
  });

  it('says to try now once the earliest time has passed', () => {
    const started = at('2026-03-02T09:05:00Z');
    const window = retryWindow(
      started,
      { minMinutes: 120, maxMinutes: 240 },
      { ...utc, now: at('2026-03-02T12:10:00Z') },
    );
    expect(window.sentence).toBe('It is past 11:05 am: try again now');
    const nextDay = retryWindow(
      started,
      { minMinutes: 120, maxMinutes: 240 },
      { ...utc, now: at('2026-03-03T08:00:00Z') },
    );
    expect(nextDay).toMatchObject({
      started: '',
      sentence: 'It is past the time to retry: try again now',
    });
  });

  it('follows the locale', () => {
    const now = at('2026-03-02T13:37:10Z');
    expect(clockTime(retryAt(now, 120), now, { locale: 'en-GB', timeZone: 'UTC' })).toBe('15:40');
  });
});

describe('waitLength', () => {
  it('says how long a wait lasts in minutes or hours', () => {
    expect(waitLength({ minMinutes: 30, maxMinutes: 60 })).toBe('30 to 60 minutes');
    expect(waitLength({ minMinutes: 120, maxMinutes: 240 })).toBe('2 to 4 hours');
    expect(waitLength({ minMinutes: 90, maxMinutes: 150 })).toBe('1.5 to 2.5 hours');
  });

  it('says a whole day, or whole days, as days', () => {
    expect(waitLength({ minMinutes: 1440, maxMinutes: 1440 })).toBe('a day');
    expect(waitLength({ minMinutes: 2880, maxMinutes: 2880 })).toBe('2 days');
    expect(waitLength({ minMinutes: 1440, maxMinutes: 2880 })).toBe('24 to 48 hours');
  });

  it('gives one time, the next day, for a wait of a day', () => {
    const now = new Date('2026-03-02T13:37:10Z');
    const window = retryWindow(
      now,
      { minMinutes: 1440, maxMinutes: 1440 },
      { timeZone: 'UTC', locale: 'en-US' },
    );
    expect(window.sentence).toBe('Try again after 1:40 pm tomorrow');
  });
});
