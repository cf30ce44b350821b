import content from 'virtual:fixpath/all';
import { describe, expect, it } from 'vitest';
import { createEventQueue } from '../../lib/events/event-queue.ts';
import type { EventBatch, TrackedEvent } from '../../lib/events/event-types.ts';
import { newWalkId } from '../../lib/events/walk-id.ts';
import { buildCatalogue } from './content-catalogue.ts';
import { validateBatch } from './validate-batch.ts';

describe('what the browser queue sends is what the server accepts', () => {
  it('parses every kind of event the queue makes, as it goes over the wire', async () => {
    const sent: string[] = [];
    const queue = createEventQueue({
      send: async (batch: EventBatch) => {
        sent.push(JSON.stringify(batch));
        return 'sent';
      },
      schedule: () => () => undefined,
      newWalkId: () => newWalkId((bytes) => crypto.getRandomValues(bytes)),
    });
    const on = { error: '102', mode: 'agent' } as const;
    const events: TrackedEvent[] = [
      { kind: 'guide-started', ...on },
      { kind: 'deadline-lane', ...on },
      { kind: 'situation-chosen', ...on, situation: 2 },
      { kind: 'node-reached', ...on, node: 'bank-website' },
      { kind: 'answer', ...on, node: 'bank-website', choice: 2 },
      { kind: 'back', ...on, node: 'in-quickbooks' },
      { kind: 'answer-changed', ...on, node: 'bank-website' },
      { kind: 'fix-outcome', ...on, node: 'check-bank-notices', fixed: false },
      { kind: 'helpful', ...on, node: 'fixed-notice', helpful: true },
      { kind: 'start-over', ...on },
    ];
    for (const event of events) queue.track(event);
    queue.flush();
    await Promise.resolve();
    expect(sent).toHaveLength(1);
    const result = validateBatch(sent[0] ?? '', buildCatalogue(content));
    expect(result.ok && result.rows.map((r) => r.kind)).toEqual(events.map((e) => e.kind));
  });
});
