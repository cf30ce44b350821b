/**
 * A large made-up tree for layout timing, shaped like a real guide: questions, fixes and waits
 * (with "try again" loops) branching about ten levels deep, some answers shared between
 * branches, and resolved and escalation endings at the bottom. The same tree every run.
 */
import { asNodeId, buildTree, type Choice, type Tree, type TreeNode } from '../../engine/index.ts';

export function syntheticTree(size: number): Tree {
  const id = (i: number) => asNodeId(`n${i}`);
  const to = (j: number, label: string): Choice => ({ label, next: id(Math.min(j, size - 1)) });
  const nodes: TreeNode[] = [];
  for (let i = 0; i < size; i++) {
    const title = `Synthetic step ${i}, with a title long enough to wrap onto a second line`;
    const [first, second] = [2 * i + 1, 2 * i + 2];
    if (first >= size) {
      nodes.push(
        i % 2 === 0
          ? { kind: 'resolved', id: id(i), title, whatFixedIt: 'It.', prevention: ['None.'] }
          : { kind: 'escalation', id: id(i), title, reason: 'Nothing worked.' },
      );
    } else if (i % 3 === 0) {
      const answers = [to(first, 'Yes'), to(second, 'No')];
      // Now and then an answer leads into the next branch, as shared fixes do.
      if (i % 4 === 0 && second + 1 < size) answers.push(to(second + 1, 'Not sure'));
      nodes.push({ kind: 'question', id: id(i), title, answers });
    } else if (i % 3 === 1) {
      nodes.push({
        kind: 'fix',
        id: id(i),
        title,
        steps: [{ text: 'Do it.' }],
        fixed: to(first, 'Yes, the error is gone'),
        notFixed: to(second, 'No, I still see the error'),
      });
    } else {
      nodes.push({
        kind: 'wait',
        id: id(i),
        title,
        body: 'Wait.',
        wait: { minMinutes: 5, maxMinutes: 10 },
        meanwhile: ['Rest.'],
        dataSafety: 'Safe.',
        outcomes: [
          to(first, 'It works now'),
          { label: 'Still down, wait longer', next: id(i), retry: true },
          to(second, 'Still failing'),
        ],
      });
    }
  }
  const built = buildTree(`synthetic-${size}`, id(0), nodes);
  if (!built.ok) throw new Error(`synthetic tree is broken: ${JSON.stringify(built.error)}`);
  return built.value;
}
