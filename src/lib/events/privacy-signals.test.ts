import { describe, expect, it } from 'vitest';
import { eventsEndpoint } from './events-endpoint.ts';
import { optedOut } from './privacy-signals.ts';
import { newWalkId } from './walk-id.ts';
import { WALK_ID_PATTERN } from './event-types.ts';

describe('privacy signals', () => {
  it('Global Privacy Control or Do Not Track means nothing is sent', () => {
    expect(optedOut({ globalPrivacyControl: true })).toBe(true);
    expect(optedOut({ doNotTrack: '1' })).toBe(true);
    expect(optedOut({ windowDoNotTrack: '1' })).toBe(true);
    expect(optedOut({ doNotTrack: 'yes' })).toBe(true);
  });

  it('no signal, or a signal that says "no", lets events through', () => {
    expect(optedOut({})).toBe(false);
    expect(optedOut({ globalPrivacyControl: false, doNotTrack: '0' })).toBe(false);
    expect(optedOut({ doNotTrack: 'unspecified', globalPrivacyControl: 'true' })).toBe(false);
  });
});

describe('events endpoint from the page', () => {
  it('accepts a path on this origin only', () => {
    expect(eventsEndpoint('/api/events')).toBe('/api/events');
    expect(eventsEndpoint(' /help/api/events ')).toBe('/help/api/events');
    for (const bad of [
      null,
      '',
      'https://elsewhere.example/api',
      '//elsewhere.example/x',
      '/\\x',
      'javascript:alert(1)',
      '/api?x=<script>',
    ]) {
      expect(eventsEndpoint(bad)).toBeUndefined();
    }
  });
});

describe('walk id', () => {
  it('is 16 random bytes as 22 base64url characters', () => {
    const id = newWalkId((bytes) => bytes.fill(255));
    expect(id).toBe('_____________________w');
    expect(id).toMatch(WALK_ID_PATTERN);
    expect(newWalkId((bytes) => bytes.fill(0))).toMatch(WALK_ID_PATTERN);
  });
});
