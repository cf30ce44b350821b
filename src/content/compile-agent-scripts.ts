import type { AuthoredNode, AuthoredTree } from './schema/node.ts';
import type { AgentScript, AgentScripts, NodeScripts } from './types.ts';

const script = (raw: { say: string; listenFor?: string | undefined }): AgentScript =>
  raw.listenFor === undefined ? { say: raw.say } : { say: raw.say, listenFor: raw.listenFor };

function nodeScripts(node: AuthoredNode): NodeScripts | undefined {
  const own = node.agent ? { node: script(node.agent) } : {};
  const steps =
    node.kind === 'fix' && node.steps.some((step) => step.agent)
      ? { steps: node.steps.map((step) => (step.agent ? script(step.agent) : null)) }
      : {};
  const scripts: NodeScripts = { ...own, ...steps };
  return Object.keys(scripts).length > 0 ? scripts : undefined;
}

/**
 * A tree's agent scripts, by node id, apart from the tree: owners never download them (the
 * content plugin serves them as `virtual:fixpath/agent/<slug>`, loaded only in agent mode).
 */
export function compileAgentScripts(tree: AuthoredTree): AgentScripts {
  const scripts: Record<string, NodeScripts> = {};
  for (const node of tree.nodes) {
    const found = nodeScripts(node);
    if (found) scripts[node.id] = found;
  }
  return scripts;
}
