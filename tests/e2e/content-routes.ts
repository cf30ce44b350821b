import { paths } from '../../src/routing/paths.ts';
import { readContentDir } from '../../src/content/read-content-dir.ts';
import { toTree } from '../../src/content/runtime/to-tree.ts';
import { choicesOf, encodeSession, type NodeId, type Tree } from '../../src/engine/index.ts';

/**
 * Step URLs worked out from the real content with the engine, in Node: no browser walk needed
 * before a test can open a step. Each is the shortest route from the start, as the links build.
 */
function loadTrees(): ReadonlyMap<string, Tree> {
  const result = readContentDir(process.cwd(), 'content');
  if (!result.ok) throw new Error('content/ does not compile: run npm run check:content');
  const trees = new Map<string, Tree>();
  for (const entry of result.content.errors) {
    if (entry.kind === 'guided') trees.set(entry.slug, toTree(entry.tree));
  }
  return trees;
}

let cached: ReadonlyMap<string, Tree> | undefined;
export const guidedTrees = (): ReadonlyMap<string, Tree> => (cached ??= loadTrees());

/** Every node of a tree with the answers of the shortest route to it, breadth first. */
export function shortestRoutes(tree: Tree): Map<NodeId, number[]> {
  const routes = new Map<NodeId, number[]>([[tree.start, []]]);
  const queue: NodeId[] = [tree.start];
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] as NodeId;
    const node = tree.nodes.get(id);
    const route = routes.get(id) ?? [];
    choicesOf(node ?? { kind: 'escalation', id, title: '', reason: '' }).forEach((choice, i) => {
      if (routes.has(choice.next)) return;
      routes.set(choice.next, [...route, i]);
      queue.push(choice.next);
    });
  }
  return routes;
}

/** The step URL of one node, by the shortest route to it. */
export function stepUrl(slug: string, nodeId: string, mode?: 'agent'): string {
  const tree = guidedTrees().get(slug);
  const answers = tree ? shortestRoutes(tree).get(nodeId as NodeId) : undefined;
  if (!tree || !answers) throw new Error(`no route to ${slug}/${nodeId}`);
  return paths.step(slug, nodeId, encodeSession(tree, { answers }), mode ? { mode } : undefined);
}

/** One step URL for each kind of step (the first found, breadth first, 102 then 202). */
export function stepUrlsByKind(slugs: readonly string[] = ['102', '202']): Map<string, string> {
  const found = new Map<string, string>();
  for (const slug of slugs) {
    const tree = guidedTrees().get(slug);
    if (!tree) continue;
    for (const id of shortestRoutes(tree).keys()) {
      const kind = tree.nodes.get(id)?.kind;
      if (kind && !found.has(kind)) found.set(kind, stepUrl(slug, id));
    }
  }
  return found;
}
