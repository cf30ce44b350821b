import content from 'virtual:fixpath/all';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insightsIndexSchema, insightsReportSchema } from '../../insights/report-schema.ts';
import type { OutcomeEvent, TrackedEvent } from '../../lib/events/event-types.ts';
import { buildCatalogue } from '../events/content-catalogue.ts';
import { walkIdOf } from '../test-support/sample-walk.ts';
import { testDatabases } from '../test-support/test-databases.ts';
import { startTestServer, TEST_TOKEN, type TestServer } from '../test-support/test-server.ts';

const entry = buildCatalogue(content).error('102');
if (!entry) throw new Error('content has no 102');

/** Numbers a walk's events, as the browser queue does. */
const walkOf = (n: number, events: readonly TrackedEvent[]): OutcomeEvent[] =>
  events.map((event, seq) => ({ ...event, walk: walkIdOf(n, 'i'), seq }));
const owner = { error: '102', mode: 'owner' } as const;
const agent = { error: '102', mode: 'agent' } as const;

describe.each(testDatabases())('insights on $name', (testDb) => {
  let server: TestServer;
  let clock = new Date('2026-11-20T09:15:00Z');

  beforeAll(async () => {
    server = await startTestServer({ target: await testDb.target(), now: () => clock });
    // Walk 1 (owner, 20 Nov): bank-website → answer 1 → in-quickbooks → back → answer 0 …, gives up.
    const one = walkOf(1, [
      { kind: 'guide-started', ...owner },
      { kind: 'node-reached', ...owner, node: 'bank-website' },
      { kind: 'answer', ...owner, node: 'bank-website', choice: 1 },
      { kind: 'node-reached', ...owner, node: 'in-quickbooks' },
      { kind: 'back', ...owner, node: 'in-quickbooks' },
      { kind: 'node-reached', ...owner, node: 'bank-website' },
      { kind: 'answer-changed', ...owner, node: 'bank-website' },
      { kind: 'answer', ...owner, node: 'bank-website', choice: 0 },
      { kind: 'node-reached', ...owner, node: 'check-bank-notices' },
    ]);
    // Walk 2 (agent, 22 Nov): a situation chosen, a fix that worked, and a helpful ending.
    const two = walkOf(2, [
      { kind: 'deadline-lane', ...agent },
      { kind: 'guide-started', ...agent },
      { kind: 'situation-chosen', ...agent, situation: 1 },
      { kind: 'node-reached', ...agent, node: 'check-bank-notices' },
      { kind: 'answer', ...agent, node: 'check-bank-notices', choice: 0 },
      { kind: 'fix-outcome', ...agent, node: 'check-bank-notices', fixed: true },
      { kind: 'node-reached', ...agent, node: 'fixed-notice' },
      { kind: 'helpful', ...agent, node: 'fixed-notice', helpful: true },
      { kind: 'start-over', ...agent },
    ]);
    expect((await server.post({ events: one })).status).toBe(204);
    clock = new Date('2026-11-22T23:59:59Z');
    expect((await server.post({ events: two })).status).toBe(204);
  });
  afterAll(() => server.close());

  const report = async (query: string) => {
    const response = await server.insights(`/api/insights.json?${query}`);
    expect(response.status).toBe(200);
    return insightsReportSchema.parse(await response.json());
  };

  it('answers 401 without the token, or with a wrong one', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { Authorization: 'Bearer wrong-token-0123456789' },
      { Authorization: `Basic ${TEST_TOKEN}` },
    ];
    for (const headers of attempts) {
      for (const path of ['/api/insights.json', '/api/insights.csv?error=102']) {
        const response = await server.get(path, headers);
        expect(response.status, path).toBe(401);
        expect(response.headers.get('www-authenticate')).toContain('Bearer');
      }
    }
  });

  it('lists the guided errors, busiest first', async () => {
    const index = insightsIndexSchema.parse(
      await (await server.insights('/api/insights.json')).json(),
    );
    expect(index.errors[0]).toMatchObject({ slug: '102', starts: 2, walks: 2 });
    expect(index.errors.map((e) => e.slug).sort()).toEqual(
      buildCatalogue(content)
        .guided.map((e) => e.slug)
        .sort(),
    );
  });

  it('counts starts, steps reached, answers, drop-off, fixes, endings and modes', async () => {
    const r = await report('error=102');
    expect(r.totals).toEqual({
      starts: 2,
      walks: 2,
      startOvers: 1,
      deadlineLanes: 1,
      byMode: {
        owner: { starts: 1, walks: 1, deadlineLanes: 0, fixed: { yes: 0, no: 0 } },
        agent: { starts: 1, walks: 1, deadlineLanes: 1, fixed: { yes: 1, no: 0 } },
      },
    });
    const node = (id: string) => r.nodes.find((n) => n.id === id);
    expect(r.nodes.map((n) => n.id)).toEqual(entry.tree.nodes.map((n) => n.id));
    expect(node('bank-website')).toMatchObject({
      reached: 1,
      droppedOff: 0,
      back: 0,
      changed: 1,
      fixed: null,
      helpful: null,
    });
    expect(node('bank-website')?.choices.map((c) => c.taken)).toEqual([1, 1, 0, 0]);
    expect(node('in-quickbooks')).toMatchObject({ reached: 1, droppedOff: 0, back: 1 });
    expect(node('check-bank-notices')).toMatchObject({
      reached: 2,
      droppedOff: 1,
      fixed: { yes: 1, no: 0 },
    });
    expect(node('fixed-notice')).toMatchObject({
      reached: 1,
      droppedOff: 0,
      helpful: { yes: 1, no: 0 },
    });
    expect(node('expert-48h')).toMatchObject({ reached: 0, helpful: { yes: 0, no: 0 } });
    // The situation chosen, in the page's order with its words; its questions were not answered.
    expect(r.situations).toEqual(
      entry.causes.map((cause, index) => ({
        index,
        text: cause.soundsLike.text,
        chosen: index === 1 ? 1 : 0,
      })),
    );
  });

  it('keeps to the dates asked for (UTC, both included)', async () => {
    expect((await report('error=102&from=2026-11-21')).totals.starts).toBe(1);
    expect((await report('error=102&to=2026-11-21')).totals.starts).toBe(1);
    expect((await report('error=102&from=2026-11-22&to=2026-11-22')).totals.walks).toBe(1);
    expect((await report('error=102&from=2026-11-23')).totals.walks).toBe(0);
    for (const query of [
      'error=102&from=yesterday',
      'error=102&from=2026-11-23&to=2026-11-21',
      'error=102&to=2026-02-30',
    ]) {
      expect((await server.insights(`/api/insights.json?${query}`)).status, query).toBe(400);
    }
    expect((await server.insights('/api/insights.json?error=nope')).status).toBe(404);
    expect((await server.insights('/api/insights.csv')).status).toBe(400);
  });

  it('gives the same figures as CSV, one figure a row', async () => {
    const response = await server.insights('/api/insights.csv?error=102');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="fixpath-insights-102.csv"',
    );
    const lines = (await response.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe('error,node,node_kind,node_title,figure,choice,answer,count');
    expect(lines).toContain('102,,,,starts,,,2');
    expect(lines).toContain('102,,,,starts_agent,,,1');
    expect(
      lines.filter((l) => l.startsWith('102,,,,situation_chosen,')).map((l) => l.at(-1)),
    ).toEqual(['0', '1', '0']);
    expect(
      lines
        .filter((l) => l.startsWith('102,check-bank-notices,fix,'))
        // The last four fields (the title before them may hold a quoted comma).
        .map((l) => l.split(',').slice(-4).join(',')),
    ).toEqual(
      expect.arrayContaining(['reached,,,2', 'dropped_off,,,1', 'fixed_yes,,,1', 'fixed_no,,,0']),
    );
  });

  it('serves the /insights page without figures, under the site’s policy', async () => {
    const page = await server.get('/insights');
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const html = await page.text();
    expect(html).toContain('<script type="module" src="/assets/insights-abc.js"></script>');
    expect(html).toContain('<link rel="stylesheet" href="/assets/main-abc.css" />');
    expect(html).not.toMatch(/<script>|<style|style=/);
    expect(html).not.toContain(TEST_TOKEN);
  });
});
