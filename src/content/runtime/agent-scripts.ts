/** Agent scripts, each guided error's its own chunk: only agent mode imports this module. */
import loaders from 'virtual:fixpath/agent-loaders';
import { createLoaderStore } from '../../lib/loader-store.ts';
import type { AgentScripts } from '../types.ts';

export const agentScripts = createLoaderStore<AgentScripts>((slug) => {
  const loader = Object.hasOwn(loaders, slug) ? loaders[slug] : undefined;
  return loader && (() => loader().then((module) => module.default));
});
