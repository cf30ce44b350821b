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

// Making an Intl formatter is slow and a wait screen needs several: keep one per setting.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(
  locale: string | undefined,
  settings: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = JSON.stringify([locale, settings]);
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, settings);
    formatters.set(key, found);
  }
  return found;
}

function dayKey(date: Date, options: ClockOptions): string {
  return formatter('en-CA', {
    timeZone: options.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

/** "3:40 pm", or "1:05 am tomorrow" when it falls on a later day than `now`. */
export function clockTime(date: Date, now: Date, options: ClockOptions = {}): string {
  const parts = formatter(options.locale, {
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
  /** "You started waiting at 1:35 pm." — empty when the wait began just now or another day. */
  readonly started: string;
  /** "Try again after 3:40 pm (between 3:40 pm and 5:40 pm)", or "It is past 3:40 pm: …". */
  readonly sentence: string;
}

export interface WindowOptions extends ClockOptions {
  /** The time now; the wait is counted from `startedAt`, which may be earlier (a return visit). */
  readonly now?: Date;
}

/** When to try again, counted from when the user first reached the wait (not from each load). */
export function retryWindow(
  startedAt: Date,
  wait: WaitDuration,
  options: WindowOptions = {},
): RetryWindow {
  const now = options.now ?? startedAt;
  const earliestAt = retryAt(startedAt, wait.minMinutes);
  const earliest = clockTime(earliestAt, now, options);
  const latest = clockTime(retryAt(startedAt, wait.maxMinutes), now, options);
  const sameDay = dayKey(startedAt, options) === dayKey(now, options);
  const started =
    sameDay && now.getTime() - startedAt.getTime() >= MINUTE
      ? `You started waiting at ${clockTime(startedAt, now, options)}.`
      : '';
  const sentence =
    now.getTime() >= earliestAt.getTime()
      ? `It is past ${sameDay ? earliest : 'the time to retry'}: try again now`
      : earliest === latest
        ? `Try again after ${earliest}`
        : `Try again after ${earliest} (between ${earliest} and ${latest})`;
  return { earliest, latest, started, sentence };
}

const amount = (value: number): string => String(Math.round(value * 2) / 2);

const DAY = 24 * 60;

/** "30 to 60 minutes", "2 to 4 hours", "a day": how long a wait lasts, without reading a clock. */
export function waitLength(wait: WaitDuration): string {
  if (wait.minMinutes === wait.maxMinutes && wait.minMinutes % DAY === 0) {
    const days = wait.minMinutes / DAY;
    return days === 1 ? 'a day' : `${days} days`;
  }
  if (wait.maxMinutes <= 90) return `${wait.minMinutes} to ${wait.maxMinutes} minutes`;
  return `${amount(wait.minMinutes / 60)} to ${amount(wait.maxMinutes / 60)} hours`;
}
