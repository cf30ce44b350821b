// Who may show this copy of Fixpath in a frame, written where each reader needs it: embed.js
// (its config, written in at build time in place of a slot), the headers (frame-ancestors), and
// dist/embed-config.json, which the server reads back. Plain JavaScript, for the prerender
// (scripts/prerender.mjs) and the server (src/server) alike, as csp.mjs is.

/** The build's record of the config it wrote into embed.js. */
export const EMBED_CONFIG_FILE = 'embed-config.json';

/** What the embed.js bundle holds where its config goes (src/embed/embed-script.ts). */
export const CONFIG_SLOT = '__FIXPATH_EMBED_CONFIG__';

/**
 * embed.js with `config` written in: in place of the bundle's slot, or (given the config written
 * earlier) in place of that one. Throws when there is no such place, so a broken build stops.
 * @param {string} source
 * @param {{ allowedOrigins: readonly string[], name: string }} config
 * @param {{ allowedOrigins: readonly string[], name: string }} [written]
 */
export function withEmbedConfig(source, config, written) {
  const from = written === undefined ? CONFIG_SLOT : JSON.stringify(written);
  if (!source.includes(from))
    throw new Error(`embed.js has no ${written ? 'config' : CONFIG_SLOT}`);
  return source.split(from).join(JSON.stringify(config));
}

/** @param {readonly string[]} origins */
export const frameAncestors = (origins) =>
  `frame-ancestors ${origins.length > 0 ? origins.join(' ') : "'none'"}`;

/**
 * The headers that say who may frame a page: the page policy with `frame-ancestors`, and
 * `X-Frame-Options: DENY` when nobody may (with a list it would contradict the list).
 * @param {string} policy
 * @param {readonly string[]} origins
 * @returns {Record<string, string>}
 */
export function frameHeaders(policy, origins) {
  const csp = { 'Content-Security-Policy': `${policy}; ${frameAncestors(origins)}` };
  return origins.length > 0 ? csp : { ...csp, 'X-Frame-Options': 'DENY' };
}
