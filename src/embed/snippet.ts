/**
 * The firm's snippet, read: `<script src=".../embed.js" data-error="102" data-mode="agent"
 * data-return-url="/thanks" data-context="T-1234" async>`. Every attribute is optional; a value
 * that does not pass its check is left out, with a message saying so (never shown as markup).
 */
import {
  parseContext,
  parseErrorCode,
  parseMode,
  parseReturnUrl,
  MAX_CONTEXT_LENGTH,
} from '../lib/embed/settings.ts';

export interface SnippetSettings {
  /** The error to open; without it, the front door. */
  readonly error?: string;
  readonly mode: 'owner' | 'agent';
  /** Where "I'm done" goes (absolute). */
  readonly returnUrl?: string;
  /** A ticket or case id for the agent's call summary. */
  readonly context?: string;
}

export interface SnippetReading {
  readonly settings: SnippetSettings;
  /** One sentence per value left out, for the console. */
  readonly problems: readonly string[];
}

/** A value quoted for a console message: short, and visibly a value. */
const quote = (value: string): string =>
  JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** Reads the attributes (`attribute('data-error')` is the attribute's value, or null). */
export function readSnippet(
  attribute: (name: string) => string | null,
  pageUrl: string,
): SnippetReading {
  const problems: string[] = [];
  const read = <T>(name: string, parse: (raw: string) => T | undefined, why: string) => {
    const raw = attribute(name);
    if (raw === null) return undefined;
    const value = parse(raw);
    if (value === undefined) problems.push(`${name}=${quote(raw)} ${why}`);
    return value;
  };
  const error = read('data-error', parseErrorCode, 'is not an error code: opening the front door.');
  const mode = read('data-mode', parseMode, 'is not "agent" or "owner": ignored.');
  const returnUrl = read(
    'data-return-url',
    (raw) => parseReturnUrl(raw, pageUrl),
    'is not an http(s) address: ignored.',
  );
  const context = read(
    'data-context',
    parseContext,
    `is not plain text of up to ${MAX_CONTEXT_LENGTH} characters: ignored.`,
  );
  return {
    settings: {
      mode: mode ?? 'owner',
      ...(error ? { error } : {}),
      ...(returnUrl ? { returnUrl } : {}),
      ...(context ? { context } : {}),
    },
    problems,
  };
}
