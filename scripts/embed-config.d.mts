export interface EmbedConfigText {
  readonly allowedOrigins: readonly string[];
  readonly name: string;
}
export const EMBED_CONFIG_FILE: string;
export const CONFIG_SLOT: string;
export function withEmbedConfig(
  source: string,
  config: EmbedConfigText,
  written?: EmbedConfigText,
): string;
export function frameAncestors(origins: readonly string[]): string;
export function frameHeaders(policy: string, origins: readonly string[]): Record<string, string>;
