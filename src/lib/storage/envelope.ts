/** The `{ version, state }` wrapper zustand persist writes, checked with zod/mini (lazy). */
import * as z from 'zod/mini';

const envelope = z.object({ version: z.number(), state: z.unknown() });

/** The envelope in `raw`, or undefined if `raw` is not JSON or not an envelope. */
export function parseEnvelope(raw: string): { version: number; state: unknown } | undefined {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const parsed = envelope.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}
