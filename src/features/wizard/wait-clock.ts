import type { WaitDuration } from '../../engine/index.ts';

const MINUTE = 60_000;
const ROUND_TO = 5;

export interface ClockOptions {
  readonly locale?: string;
  readonly timeZone?: string;
}

/** `now + minutes`, rounded up to the next five minutes so the time reads naturally. */
export function retryAt(now: Date, minutes: number): Date {
  const at = new Date(now.getTime() + minutes * MINUTE);
  const step = ROUND_TO * MINUTE;
  return new Date(Math.ceil(at.getTime() / step) * step);
}

function dayKey(date: Date, options: ClockOptions): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: options.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

/** "3:40 pm", or "1:05 am tomorrow" when it falls on a later day than `now`. */
export function clockTime(date: Date, now: Date, options: ClockOptions = {}): string {
  const parts = new Intl.DateTimeFormat(options.locale, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: options.timeZone,
  }).formatToParts(date);
  const time = parts
    .map((part) => (part.type === 'dayPeriod' ? part.value.toLowerCase() : part.value))
    .join('')
    .replace(/\u202f/g, ' ');
  const later = dayKey(date, options) !== dayKey(now, options);
  return later ? `${time} tomorrow` : time;
}

export interface RetryWindow {
  readonly earliest: string;
  readonly latest: string;
  /** "Try again after 3:40 pm (between 3:40 pm and 5:40 pm)". */
  readonly sentence: string;
}

export function retryWindow(
  now: Date,
  wait: WaitDuration,
  options: ClockOptions = {},
): RetryWindow {
  const earliest = clockTime(retryAt(now, wait.minMinutes), now, options);
  const latest = clockTime(retryAt(now, wait.maxMinutes), now, options);
  const sentence =
    earliest === latest
      ? `Try again after ${earliest}`
      : `Try again after ${earliest} (between ${earliest} and ${latest})`;
  return { earliest, latest, sentence };
}
