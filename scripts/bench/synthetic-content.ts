/**
 * Synthetic content for the benchmark: an authored tree of any size, shaped like real ones
 * (questions with 2-3 answers, a fix every few nodes, a wait with a retry loop, leaves).
 */
import type { AuthoredTree } from '../../src/content/schema/node.ts';

type Node = AuthoredTree['nodes'][number];

export function syntheticTree(size: number): AuthoredTree {
  const nodes: Node[] = [];
  const inner = size - 2;
  const id = (i: number): string => (i >= inner ? (i % 2 ? 'expert' : 'done') : `n${i}`);
  for (let i = 0; i < inner; i++) {
    const a = id(Math.min(i + 1, inner));
    const b = id(Math.min(i + 2, inner + 1));
    if (i % 5 === 4) {
      nodes.push({
        kind: 'fix',
        id: id(i),
        title: `Fix ${i}`,
        steps: [
          {
            text: 'Open the Bank Feeds Center.',
            menu: ['Banking', 'Bank Feeds', 'Bank Feeds Center'],
          },
        ],
        fixed: 'done',
        notFixed: a,
      });
    } else if (i % 50 === 7) {
      nodes.push({
        kind: 'wait',
        id: id(i),
        title: `Wait ${i}`,
        body: 'The server is down.',
        wait: { minMinutes: 120, maxMinutes: 240 },
        meanwhile: ['Use the website.'],
        dataSafety: 'Your books are safe.',
        outcomes: [
          { label: 'Still failing', next: a },
          { label: 'Wait longer', next: id(i), retry: true },
          { label: 'It works', next: 'done' },
        ],
      });
    } else {
      nodes.push({
        kind: 'question',
        id: id(i),
        title: `Question ${i}?`,
        answers: [
          { label: 'Yes', next: a },
          { label: 'No', next: b },
          { label: 'Not sure', next: a },
        ],
      });
    }
  }
  nodes.push({
    kind: 'resolved',
    id: 'done',
    title: 'Fixed',
    whatFixedIt: 'It',
    prevention: ['None'],
  });
  nodes.push({ kind: 'escalation', id: 'expert', title: 'Expert', reason: 'Nothing worked' });
  return { start: 'n0', nodes };
}
