import { describe, expect, it } from 'vitest';
import { createBrowserTransport } from './browser-transport.ts';
import type { EventBatch } from './event-types.ts';

const batch: EventBatch = {
  events: [{ kind: 'guide-started', error: '102', mode: 'owner', walk: 'a'.repeat(22), seq: 0 }],
};

function fakeFetch(status: number | 'network') {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    calls.push({ url: String(input), init });
    if (status === 'network') throw new TypeError('Failed to fetch');
    return new Response(null, { status });
  };
  return { calls, fetch };
}

describe('browser transport', () => {
  it('posts JSON with keepalive and no cookies while the page lives', async () => {
    const { calls, fetch } = fakeFetch(204);
    const send = createBrowserTransport('/api/events', { fetch });
    expect(await send(batch, 'fetch')).toBe('sent');
    expect(calls[0]?.url).toBe('/api/events');
    expect(calls[0]?.init).toMatchObject({ method: 'POST', keepalive: true, credentials: 'omit' });
    expect(JSON.parse(String(calls[0]?.init?.body))).toEqual(batch);
  });

  it('uses a beacon when the page hides, and fetch when the beacon is refused', async () => {
    const beacons: string[] = [];
    const { calls, fetch } = fakeFetch(204);
    const accept = createBrowserTransport('/api/events', {
      fetch,
      sendBeacon: (_url, body) => beacons.push(body) > 0,
    });
    expect(await accept(batch, 'beacon')).toBe('sent');
    expect(beacons).toHaveLength(1);
    expect(calls).toHaveLength(0);
    const refuse = createBrowserTransport('/api/events', { fetch, sendBeacon: () => false });
    expect(await refuse(batch, 'beacon')).toBe('sent');
    expect(calls).toHaveLength(1);
  });

  it('retries on 429, 5xx and network failure; drops on other 4xx', async () => {
    for (const [status, result] of [
      [429, 'retry'],
      [503, 'retry'],
      ['network', 'retry'],
      [400, 'drop'],
      [413, 'drop'],
    ] as const) {
      const send = createBrowserTransport('/api/events', fakeFetch(status));
      expect(await send(batch, 'fetch'), String(status)).toBe(result);
    }
  });
});
