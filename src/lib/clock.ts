import { plainSpaces } from './plain-text.ts';

/** What the summary needs to say times: now, and the agent's locale and time zone. */
export interface Clock {
  readonly now: number;
  /** BCP 47 locale; undefined = the browser's. */
  readonly locale?: string;
  /** IANA time zone; undefined = the browser's. */
  readonly timeZone?: string;
}

const options = (clock: Clock): Intl.DateTimeFormatOptions =>
  clock.timeZone ? { timeZone: clock.timeZone } : {};

/** "21 Nov 2026, 13:05 UTC" in en-GB, "Nov 21, 2026, 1:05 PM UTC" in en-US. */
export const dateTime = (clock: Clock, at: number): string =>
  plainSpaces(
    new Intl.DateTimeFormat(clock.locale, {
      ...options(clock),
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    }).format(at),
  );

/** "13:05" in en-GB, "1:05 PM" in en-US. */
export const timeOfDay = (clock: Clock, at: number): string =>
  plainSpaces(
    new Intl.DateTimeFormat(clock.locale, {
      ...options(clock),
      hour: 'numeric',
      minute: '2-digit',
    }).format(at),
  );

/** "under a minute", "12 min", "1 h 05 min". */
export function duration(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  if (minutes < 1) return 'under a minute';
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}
