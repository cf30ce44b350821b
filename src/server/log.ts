/**
 * One line per thing worth knowing, for whoever runs the server. Lines never carry an address,
 * a user agent, a token or a request body. A line that repeats (a database that stays down
 * under load) is written at most once per `quietMs`, with a count of the ones held back.
 */
export type Level = 'info' | 'warn' | 'error';

export interface Logger {
  info(topic: string, text: string): void;
  warn(topic: string, text: string): void;
  error(topic: string, text: string): void;
  /** Like `error`, but at most once per quiet period per key. */
  throttled(key: string, topic: string, text: string): void;
}

export interface LogSink {
  (level: Level, line: string): void;
}

export const processSink: LogSink = (level, line) => {
  (level === 'info' ? process.stdout : process.stderr).write(`${line}\n`);
};

export function createLogger(
  sink: LogSink = processSink,
  now: () => Date = () => new Date(),
  quietMs = 10_000,
): Logger {
  const write = (level: Level, topic: string, text: string): void =>
    sink(level, `${now().toISOString()} ${level.padEnd(5)} ${topic}: ${text}`);
  const quiet = new Map<string, { until: number; held: number }>();
  return {
    info: (topic, text) => write('info', topic, text),
    warn: (topic, text) => write('warn', topic, text),
    error: (topic, text) => write('error', topic, text),
    throttled(key, topic, text) {
      const at = now().getTime();
      const entry = quiet.get(key);
      if (entry && at < entry.until) {
        entry.held += 1;
        return;
      }
      const held = entry?.held ?? 0;
      quiet.set(key, { until: at + quietMs, held: 0 });
      write('error', topic, held > 0 ? `${text} (and ${held} more like it)` : text);
    },
  };
}

/** A logger that keeps its lines, for tests. */
export function memoryLogger(): Logger & { readonly lines: string[] } {
  const lines: string[] = [];
  return { lines, ...createLogger((_level, line) => lines.push(line), undefined, 0) };
}
