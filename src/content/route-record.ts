import { allPaths, assertNever, choicesOf, type LeafNode, type Tree } from '../engine/index.ts';
import type { GuidedError } from './types.ts';

const ending = (leaf: LeafNode): string => {
  switch (leaf.kind) {
    case 'resolved':
      return `fixed: ${leaf.title}`;
    case 'escalation':
      return `get help: ${leaf.title}`;
    default:
      return assertNever(leaf);
  }
};

/**
 * Every route through a guided error's tree as plain text: each screen's title and the answer
 * taken there, then the ending. Checked in (tests/routes/), so a change to a tree shows up as a
 * readable diff that someone accepts on purpose (`npm run record:routes`), in the spirit of
 * GOV.UK Smart Answers' flow tests.
 */
export function routeRecord(entry: GuidedError, tree: Tree): string {
  const routes = allPaths(tree);
  const lines = [
    `# ${entry.title}`,
    `# Every route through the guide, from the first question to an ending (${routes.length} routes).`,
    '# Made by `npm run record:routes`; a test compares it with the content. Review the diff.',
  ];
  routes.forEach((route, index) => {
    const answers = route.answers.length === 1 ? '1 answer' : `${route.answers.length} answers`;
    lines.push('', `Route ${index + 1} (${answers}), ${ending(route.leaf)}`);
    route.nodes.slice(0, -1).forEach((id, step) => {
      const node = tree.nodes.get(id);
      const choice = route.answers[step];
      const label = node && choice !== undefined ? (choicesOf(node)[choice]?.label ?? '?') : '?';
      lines.push(`  ${node?.title ?? id} -> ${label}`);
    });
  });
  return `${lines.join('\n')}\n`;
}
