export interface EventLoadResult {
  /** `walk:seq` of every event acknowledged with a 2xx. */
  acked: Set<string>;
  sent: number;
  requests: number;
  /** Responses by status ('no answer' when the request failed or timed out). */
  statuses: Record<string, number>;
  elapsedMs: number;
}
export declare function runEventLoad(options: {
  url: string;
  origin: string;
  clients: number;
  totalEvents: number;
  timeLimitMs: number;
  batchSize?: number;
  requestTimeoutMs?: number;
  nextWalk: (n: number) => readonly { walk: string; seq: number }[];
  /** Filled as acknowledgements arrive (to watch the load while it runs). */
  acked?: Set<string>;
}): Promise<EventLoadResult>;
