/**
 * Who may show the site in a frame, as this server says it: `FIXPATH_EMBED_ORIGINS` when it is
 * set, else what the build wrote (`embed-config.json`, from content/site.yaml or the build's own
 * FIXPATH_EMBED_ORIGINS). When the server is told other origins than the build's, it writes them
 * wherever the build did (embed.js, the embed pages' meta tag), so the header, embed.js and the
 * pages always agree.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { EMBED_CONFIG_FILE, withEmbedConfig } from '../../../scripts/embed-config.mjs';
import { escapeHtml } from '../../lib/escape-html.ts';

const builtSchema = z.object({ allowedOrigins: z.array(z.string()), name: z.string() });

export interface EmbedSetup {
  readonly origins: readonly string[];
  /** Rewrites a served file for other origins than the build's (unchanged otherwise). */
  readonly rewrite: (file: string, text: string) => string;
}

const META = /(<meta name="fixpath-embed-origins" content=")[^"]*(")/;

function readBuilt(siteDir: string): z.infer<typeof builtSchema> | undefined {
  const file = join(siteDir, EMBED_CONFIG_FILE);
  if (!existsSync(file)) return undefined;
  try {
    const parsed = builtSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function embedSetup(siteDir: string, override: readonly string[] | undefined): EmbedSetup {
  const built = readBuilt(siteDir);
  const origins = override ?? built?.allowedOrigins ?? [];
  const same = built !== undefined && built.allowedOrigins.join(' ') === origins.join(' ');
  if (same || built === undefined) return { origins, rewrite: (_file, text) => text };
  const script = join(siteDir, 'embed.js');
  const listed = escapeHtml(origins.join(' '));
  return {
    origins,
    rewrite: (file, text) => {
      if (file.endsWith('.html'))
        return text.replace(META, (_tag, open, close) => open + listed + close);
      if (file !== script) return text;
      try {
        return withEmbedConfig(text, { ...built, allowedOrigins: origins }, built);
      } catch {
        // Not the embed.js this build wrote: served as it is.
        return text;
      }
    },
  };
}
