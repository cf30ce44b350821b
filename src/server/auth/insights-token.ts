import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Logger } from '../log.ts';

export const TOKEN_FILE = 'insights-token';

function readToken(file: string): string | undefined {
  try {
    const token = readFileSync(file, 'utf8').trim();
    return token.length >= 16 ? token : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The token that opens /insights: FIXPATH_INSIGHTS_TOKEN when set; otherwise the one saved in
 * the data folder, made (256 random bits) on the first start. The token itself is never
 * printed: the one line logged says where to read it.
 */
export function loadInsightsToken(options: {
  readonly fromEnv: string | undefined;
  readonly dataDir: string;
  readonly cwd: string;
  readonly log: Logger;
}): string {
  if (options.fromEnv) return options.fromEnv;
  const file = join(options.dataDir, TOKEN_FILE);
  const saved = readToken(file);
  if (saved) return saved;
  mkdirSync(options.dataDir, { recursive: true });
  const token = randomBytes(32).toString('base64url');
  try {
    writeFileSync(file, `${token}\n`, { mode: 0o600, flag: 'wx' });
  } catch {
    // Another instance made it first (or a broken file is in the way): use what is there.
    const other = readToken(file);
    if (other) return other;
    writeFileSync(file, `${token}\n`, { mode: 0o600 });
  }
  const near = relative(options.cwd, file);
  const shown = near && !near.startsWith('..') ? near : file;
  options.log.info(
    'insights',
    `a token for /insights was made and saved in ${shown}; read it with: cat ${shown} ` +
      '(or set FIXPATH_INSIGHTS_TOKEN)',
  );
  return token;
}
