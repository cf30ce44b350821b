/** What the build tells embed.js: who may show this copy, and its name (for the frame's title). */
export interface EmbedConfig {
  readonly allowedOrigins: readonly string[];
  readonly name: string;
}

/**
 * The config written into embed.js by the build (and by the server when it is told other
 * origins), already checked there. Read defensively all the same: anything odd allows nothing.
 */
export function readEmbedConfig(value: unknown): EmbedConfig {
  const origins: unknown = Object(value).allowedOrigins;
  const name: unknown = Object(value).name;
  return {
    allowedOrigins: Array.isArray(origins)
      ? origins.filter((item: unknown): item is string => typeof item === 'string')
      : [],
    name: typeof name === 'string' ? name : 'Fixpath',
  };
}
