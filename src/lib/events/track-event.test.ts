// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const calls: string[] = [];

async function freshModule() {
  vi.resetModules();
  return import('./track-event.ts');
}

function setMeta(content: string | undefined): void {
  document.head.querySelector('meta[name="fixpath-events"]')?.remove();
  if (content === undefined) return;
  const meta = document.createElement('meta');
  meta.name = 'fixpath-events';
  meta.content = content;
  document.head.append(meta);
}

beforeEach(() => {
  calls.length = 0;
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    calls.push(String(input));
    return new Response(null, { status: 204 });
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  setMeta(undefined);
  Reflect.deleteProperty(navigator, 'globalPrivacyControl');
});

describe('trackEvent in a page', () => {
  it('sends when the server announced the endpoint', async () => {
    setMeta('/api/events');
    const { trackEvent, flushEvents, eventsEnabled } = await freshModule();
    expect(eventsEnabled()).toBe(true);
    trackEvent({ kind: 'guide-started', error: '102', mode: 'owner' });
    flushEvents();
    expect(calls).toEqual(['/api/events']);
  });

  it('sends nothing from a page without the tag (a static host)', async () => {
    const { trackEvent, flushEvents, eventsEnabled } = await freshModule();
    trackEvent({ kind: 'guide-started', error: '102', mode: 'owner' });
    flushEvents();
    expect(eventsEnabled()).toBe(false);
    expect(calls).toEqual([]);
  });

  it('sends nothing when the browser sends Global Privacy Control', async () => {
    setMeta('/api/events');
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    const { trackEvent, flushEvents, eventsEnabled } = await freshModule();
    trackEvent({ kind: 'guide-started', error: '102', mode: 'owner' });
    flushEvents();
    expect(eventsEnabled()).toBe(false);
    expect(calls).toEqual([]);
  });
});
