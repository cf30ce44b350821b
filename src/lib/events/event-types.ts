/**
 * Outcome events: what a walk through a guide sends to `POST /api/events` when the server that
 * serves the page accepts them. Plain types, shared by the browser queue and the server's schema
 * (src/server/events/event-schema.ts), which must parse exactly this shape.
 *
 * No event carries a time, an address, a user agent or anything that outlives one walk: the
 * server stamps the hour, and `walk` is a random id held in page memory for one walk only.
 */
export type EventMode = 'owner' | 'agent';

/** What the caller reports; the queue adds `walk` and `seq`. */
export type TrackedEvent =
  | { readonly kind: 'guide-started'; readonly error: string; readonly mode: EventMode }
  | { readonly kind: 'start-over'; readonly error: string; readonly mode: EventMode }
  /** The error page's "Payroll or a filing due within a day?" lane, opened (once per page). */
  | { readonly kind: 'deadline-lane'; readonly error: string; readonly mode: EventMode }
  /**
   * A situation chosen on the error page ("sounds like me", or a fix in the deadline lane):
   * `situation` is the cause's place in the error's list. The questions it stands for were not
   * asked, so no answer events are sent for them.
   */
  | {
      readonly kind: 'situation-chosen';
      readonly error: string;
      readonly mode: EventMode;
      readonly situation: number;
    }
  | NodeEvent<'node-reached'>
  | NodeEvent<'back'>
  | NodeEvent<'answer-changed'>
  | (NodeEvent<'answer'> & { readonly choice: number })
  | (NodeEvent<'fix-outcome'> & { readonly fixed: boolean })
  | (NodeEvent<'helpful'> & { readonly helpful: boolean });

interface NodeEvent<K extends string> {
  readonly kind: K;
  readonly error: string;
  readonly mode: EventMode;
  /** The node id, as in the step URL. */
  readonly node: string;
}

export type EventKind = TrackedEvent['kind'];

/** One event as sent: the walk's random id and the event's place in that walk. */
export type OutcomeEvent = TrackedEvent & {
  readonly walk: string;
  readonly seq: number;
};

/** The request body of `POST /api/events`. */
export interface EventBatch {
  readonly events: readonly OutcomeEvent[];
}

/** The server refuses larger batches; the queue never builds one. */
export const MAX_EVENTS_PER_BATCH = 50;
/** The server refuses larger bodies (bytes). */
export const MAX_BATCH_BYTES = 32 * 1024;
/** A walk id: 16 random bytes, base64url (22 characters). */
export const WALK_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;
/** A walk longer than this stops sending (the codec allows far fewer answers). */
export const MAX_SEQ = 9_999;
/** The name of the meta tag by which a server says it accepts events, and where. */
export const EVENTS_META_NAME = 'fixpath-events';
