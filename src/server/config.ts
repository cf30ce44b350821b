import { join, resolve } from 'node:path';
import { z } from 'zod';
import { parseOriginList } from '../lib/embed/origins.ts';
import type { DatabaseTarget } from './db/open-database.ts';

/** Everything the server is told, from its environment (parsed once, at start). */
export interface ServerConfig {
  readonly port: number;
  /** Listen on this address only; by default on IPv4 and IPv6 loopback. */
  readonly host: string | undefined;
  /** The built site: `dist/` by default. */
  readonly outDir: string;
  /** Where the site lives on its host, with a trailing slash: `/` or `/help/`. */
  readonly basePath: string;
  /** Accept outcome events and serve insights (FIXPATH_EVENTS=off turns both off). */
  readonly events: boolean;
  readonly database: DatabaseTarget;
  /** Where the embedded database and the generated insights token live. */
  readonly dataDir: string;
  readonly insightsToken: string | undefined;
  /** Event requests per minute from one address (0: no limit, for load tests only). */
  readonly rateLimitPerMinute: number;
  /**
   * Behind a reverse proxy: which proxies to believe about the client's address (X-Forwarded-For,
   * X-Forwarded-Proto). `false`: none; a number: that many hops; a list: those addresses or
   * networks (FIXPATH_TRUST_PROXY=on means one hop).
   */
  readonly trustProxy: boolean | number | readonly string[];
  /** A request's headers and body must arrive within this (408 and the socket closed after). */
  readonly requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  readonly keepAliveMs: number;
  /** Stored events past which new ones are refused (507) until an operator makes room. */
  readonly eventsMaxRows: number;
  /** Event batches being stored at once past which new ones are shed (503, Retry-After). */
  readonly eventsMaxPending: number;
  /** Event-loop delay past which events are shed first (503, Retry-After); pages never are (0: off). */
  readonly shedEventsAtDelayMs: number;
  /** Event-loop utilisation (0 to 1) past which events are shed first (0: off). */
  readonly shedEventsAtUtilization: number;
  /** The share of each second that storing events may take in this process (embedded database). */
  readonly eventsCpuShare: number;
  /** The public origin, when a proxy rewrites the Host header (https://help.example.com). */
  readonly publicOrigin: string | undefined;
  /** Who may show the site in a frame, when not the build's list (FIXPATH_EMBED_ORIGINS). */
  readonly embedOrigins: readonly string[] | undefined;
}

const flag = z
  .enum(['on', 'off', '1', '0', 'true', 'false'])
  .transform((v) => ['on', '1', 'true'].includes(v));

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(4173),
  HOST: z.string().min(1).optional(),
  OUT_DIR: z.string().min(1).default('dist'),
  BASE_PATH: z.string().default('/'),
  FIXPATH_EVENTS: flag.default(true),
  DATABASE_URL: z
    .string()
    .regex(
      /^(postgres(ql)?:\/\/.+|memory:\/\/)$/,
      'use postgres://user:password@host:port/database, or memory:// for tests',
    )
    .optional(),
  FIXPATH_DATA_DIR: z.string().min(1).default('.data'),
  FIXPATH_INSIGHTS_TOKEN: z
    .string()
    .min(16, 'FIXPATH_INSIGHTS_TOKEN must be at least 16 characters (try: openssl rand -base64 32)')
    .regex(/^[\x21-\x7e]+$/, 'FIXPATH_INSIGHTS_TOKEN must be printable ASCII with no spaces')
    .optional(),
  FIXPATH_RATE_LIMIT: z.coerce.number().int().min(0).default(600),
  FIXPATH_TRUST_PROXY: z
    .string()
    .transform((text, ctx): boolean | number | string[] => {
      if (['off', '0', 'false'].includes(text)) return false;
      if (['on', 'true'].includes(text)) return 1;
      if (/^\d+$/.test(text)) return Number(text);
      const list = text.split(/[\s,]+/).filter(Boolean);
      if (list.every((item) => /^[\d.:a-f]+(\/\d+)?$/i.test(item))) return list;
      ctx.addIssue({
        code: 'custom',
        message:
          'use off, on (one proxy), a number of proxies, or the proxies’ addresses (10.0.0.5, 10.0.0.0/8)',
      });
      return z.NEVER;
    })
    .default(false),
  FIXPATH_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(10_000).default(10_000),
  FIXPATH_KEEP_ALIVE_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  FIXPATH_EVENTS_MAX_ROWS: z.coerce.number().int().min(1).default(5_000_000),
  FIXPATH_EVENTS_MAX_PENDING: z.coerce.number().int().min(1).default(32),
  FIXPATH_SHED_EVENTS_AT_DELAY_MS: z.coerce.number().int().min(0).default(100),
  FIXPATH_SHED_EVENTS_AT_UTILIZATION: z.coerce.number().min(0).max(1).default(0.9),
  FIXPATH_EVENTS_CPU_SHARE: z.coerce.number().min(0).max(1).default(0.15),
  FIXPATH_PUBLIC_ORIGIN: z.url({ protocol: /^https?$/ }).optional(),
  FIXPATH_EMBED_ORIGINS: z
    .string()
    .transform((text, ctx) => {
      const list = parseOriginList(text);
      if (list.ok) return list.origins;
      ctx.addIssue({
        code: 'custom',
        message: `${list.rejected.join(', ')}: use origins like https://www.yourfirm.com (no path), separated by spaces, or none`,
      });
      return z.NEVER;
    })
    .optional(),
});

export type ConfigResult =
  | { readonly ok: true; readonly config: ServerConfig }
  | { readonly ok: false; readonly problems: readonly string[] };

export function readConfig(env: NodeJS.ProcessEnv, cwd: string): ConfigResult {
  const parsed = envSchema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')),
  );
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    };
  }
  const e = parsed.data;
  const dataDir = resolve(cwd, e.FIXPATH_DATA_DIR);
  const database: DatabaseTarget =
    e.DATABASE_URL === undefined
      ? { kind: 'embedded', dir: join(dataDir, 'pglite') }
      : e.DATABASE_URL === 'memory://'
        ? { kind: 'memory' }
        : { kind: 'postgres', url: e.DATABASE_URL };
  return {
    ok: true,
    config: {
      port: e.PORT,
      host: e.HOST,
      outDir: resolve(cwd, e.OUT_DIR),
      basePath: e.BASE_PATH.replace(/\/?$/, '/').replace(/^(?!\/)/, '/'),
      events: e.FIXPATH_EVENTS,
      database,
      dataDir,
      insightsToken: e.FIXPATH_INSIGHTS_TOKEN,
      rateLimitPerMinute: e.FIXPATH_RATE_LIMIT,
      trustProxy: e.FIXPATH_TRUST_PROXY,
      requestTimeoutMs: e.FIXPATH_REQUEST_TIMEOUT_MS,
      keepAliveMs: e.FIXPATH_KEEP_ALIVE_MS,
      eventsMaxRows: e.FIXPATH_EVENTS_MAX_ROWS,
      eventsMaxPending: e.FIXPATH_EVENTS_MAX_PENDING,
      shedEventsAtDelayMs: e.FIXPATH_SHED_EVENTS_AT_DELAY_MS,
      shedEventsAtUtilization: e.FIXPATH_SHED_EVENTS_AT_UTILIZATION,
      eventsCpuShare: e.FIXPATH_EVENTS_CPU_SHARE,
      publicOrigin: e.FIXPATH_PUBLIC_ORIGIN ? new URL(e.FIXPATH_PUBLIC_ORIGIN).origin : undefined,
      embedOrigins: e.FIXPATH_EMBED_ORIGINS,
    },
  };
}
