/**
 * Build-time only: reads content/, checks it (schema and graph), and serves it to the app as
 * plain JSON modules. A broken content file stops `vite build` and `vite dev` with the same
 * message as `npm run check:content`. No YAML parser or schema reaches the browser.
 */
import type { Plugin } from 'vite';
import { fingerprint } from '../engine/index.ts';
import type { CompiledContent } from './compile-content.ts';
import type { GuideRef } from './types.ts';
import { toTree } from './runtime/to-tree.ts';
import { formatProblems } from './problem.ts';
import { readContentDir } from './read-content-dir.ts';

const PREFIX = 'virtual:fixpath/';
const RESOLVED = '\0' + PREFIX;

export interface ContentPluginOptions {
  readonly root: string;
  /** Folder to read instead of content/ (the benchmark uses a copy with synthetic errors). */
  readonly dir?: string;
}

const json = (value: unknown): string => `export default ${JSON.stringify(value)};`;

/** One lazy loader per slug: `virtual:fixpath/<kind>/<slug>` is each its own chunk. */
function loaders(kind: 'error' | 'agent', slugs: readonly string[]): string {
  const lines = slugs.map(
    (slug) =>
      `  ${JSON.stringify(slug)}: () => import(${JSON.stringify(`${PREFIX}${kind}/${slug}`)}),`,
  );
  return `export default {\n${lines.join('\n')}\n};`;
}

/** Each guided error's slug, code and tree fingerprint: enough to tell whose a step link is. */
const guides = (content: CompiledContent): GuideRef[] =>
  content.errors.flatMap((entry) =>
    entry.kind === 'guided'
      ? [{ slug: entry.slug, code: entry.code, fingerprint: fingerprint(toTree(entry.tree)) }]
      : [],
  );

export function contentPlugin(options: ContentPluginOptions): Plugin {
  let cached: CompiledContent | undefined;
  const load = (): CompiledContent => {
    if (cached) return cached;
    const result = readContentDir(options.root, options.dir);
    if (!result.ok) {
      // An author needs the message, not our stack trace.
      const error = new Error(formatProblems(result.problems));
      error.stack = error.message;
      throw error;
    }
    cached = result.content;
    return cached;
  };
  return {
    name: 'fixpath-content',
    buildStart() {
      cached = undefined;
      load();
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? RESOLVED + id.slice(PREFIX.length) : undefined;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      const name = id.slice(RESOLVED.length);
      const content = load();
      if (name === 'site') return json(content.site);
      if (name === 'index') return json(content.index);
      if (name === 'guides') return json(guides(content));
      if (name === 'all') return json(content.errors);
      if (name === 'loaders')
        return loaders(
          'error',
          content.errors.map((e) => e.slug),
        );
      if (name === 'agent-loaders') return loaders('agent', Object.keys(content.agentScripts));
      const [kind, slug = ''] = name.split('/');
      const entry = content.errors.find((e) => e.slug === slug);
      if (kind === 'error' && entry) return json(entry);
      const scripts = Object.hasOwn(content.agentScripts, slug)
        ? content.agentScripts[slug]
        : undefined;
      if (kind === 'agent' && scripts) return json(scripts);
      this.error(`Unknown content module ${id}`);
    },
    configureServer(server) {
      server.watcher.add(`${options.root}/${options.dir ?? 'content'}`);
      server.watcher.on('change', (file) => {
        if (!/\.ya?ml$/.test(file)) return;
        cached = undefined;
        for (const name of server.moduleGraph.idToModuleMap.keys()) {
          const mod = server.moduleGraph.getModuleById(name);
          if (name.startsWith(RESOLVED) && mod) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
