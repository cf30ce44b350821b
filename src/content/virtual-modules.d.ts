/** Modules made at build time by the content plugin (src/content/vite-plugin.ts). */
declare module 'virtual:fixpath/site' {
  const site: import('./types.ts').SiteConfig;
  export default site;
}
declare module 'virtual:fixpath/guides' {
  /** Every guided error's slug, code and tree fingerprint (a few dozen bytes each). */
  const guides: readonly import('./types.ts').GuideRef[];
  export default guides;
}
declare module 'virtual:fixpath/index' {
  const index: readonly import('./types.ts').SearchEntry[];
  export default index;
}
declare module 'virtual:fixpath/loaders' {
  /** One lazy loader per error slug: each error's content is its own chunk. */
  const loaders: Readonly<
    Record<string, () => Promise<{ default: import('./types.ts').ErrorEntry }>>
  >;
  export default loaders;
}
declare module 'virtual:fixpath/agent-loaders' {
  /** One lazy loader per guided error's agent scripts: loaded only in agent mode. */
  const loaders: Readonly<
    Record<string, () => Promise<{ default: import('./types.ts').AgentScripts }>>
  >;
  export default loaders;
}
declare module 'virtual:fixpath/all' {
  /** Every error, loaded at once: for prerendering and tests only. */
  const all: readonly import('./types.ts').ErrorEntry[];
  export default all;
}
