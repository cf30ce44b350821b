/**
 * Global Privacy Control and Do Not Track: a browser that sends either one sends no outcome
 * events at all. The shape is a structural slice of `navigator` and `window`, so tests pass
 * plain objects.
 */
export interface PrivacySignals {
  readonly globalPrivacyControl?: unknown;
  readonly doNotTrack?: unknown;
  /** Older Internet Explorer and Edge put it on `window`. */
  readonly windowDoNotTrack?: unknown;
}

const saysYes = (value: unknown): boolean => value === '1' || value === 'yes';

/** True when the visitor asked not to be tracked, in any of the ways browsers say it. */
export function optedOut(signals: PrivacySignals): boolean {
  return (
    signals.globalPrivacyControl === true ||
    saysYes(signals.doNotTrack) ||
    saysYes(signals.windowDoNotTrack)
  );
}
