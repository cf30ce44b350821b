/** A small tree for engine tests: two questions, a fix, a wait with a retry loop, two leaves. */
import { buildTree } from './graph-check.ts';
import { asNodeId as id, type Tree, type TreeNode } from './types.ts';

export const testNodes: readonly TreeNode[] = [
  {
    kind: 'question',
    id: id('q1'),
    title: 'Does it fail at once?',
    answers: [
      { label: 'Yes', next: id('q2') },
      { label: 'No', next: id('fix') },
    ],
  },
  {
    kind: 'question',
    id: id('q2'),
    title: 'Can you sign in to the bank?',
    answers: [
      { label: 'No', next: id('wait') },
      { label: 'Yes', next: id('fix') },
      { label: 'Not sure', next: id('fix') },
    ],
  },
  {
    kind: 'wait',
    id: id('wait'),
    title: 'The bank is down',
    body: 'Wait for it.',
    wait: { minMinutes: 120, maxMinutes: 240 },
    meanwhile: ['Use the bank website.'],
    dataSafety: 'Your books are safe.',
    outcomes: [
      { label: 'It works now', next: id('done') },
      { label: 'Still down, wait longer', next: id('wait'), retry: true },
      { label: 'Still failing', next: id('fix') },
    ],
  },
  {
    kind: 'fix',
    id: id('fix'),
    title: 'Update three times',
    steps: [{ text: 'Open the Bank Feeds Center', menuPath: ['Banking', 'Bank Feeds'] }],
    fixed: { label: 'Yes', next: id('done') },
    notFixed: { label: 'No', next: id('expert') },
  },
  {
    kind: 'resolved',
    id: id('done'),
    title: 'Fixed',
    whatFixedIt: 'Waiting',
    prevention: ['None'],
  },
  { kind: 'escalation', id: id('expert'), title: 'Call an expert', reason: 'Nothing worked' },
];

function build(): Tree {
  const result = buildTree('test', id('q1'), testNodes);
  if (!result.ok) throw new Error(`test tree is broken: ${JSON.stringify(result.error)}`);
  return result.value;
}

export const testTree: Tree = build();
