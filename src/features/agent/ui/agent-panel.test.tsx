import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { asNodeId, walk, type Tree, type TreeNode } from '../../engine/index.ts';
import { buildTree } from '../../engine/graph-check.ts';
import { AgentPanel } from './agent-panel.tsx';
import { currentStepLabel } from './step-numbers.ts';

const nodes: TreeNode[] = [
  {
    kind: 'question',
    id: asNodeId('ask'),
    title: 'Does it fail?',
    answers: [{ label: 'Yes', next: asNodeId('fix') }],
    agent: { say: 'Ask the caller whether it fails.', listenFor: 'A clear yes.' },
  },
  {
    kind: 'fix',
    id: asNodeId('fix'),
    title: 'Sign in again',
    steps: [
      { text: 'Sign out.', agent: { say: 'Ask them to sign out.', listenFor: 'Signed out.' } },
      { text: 'Sign back in.' },
    ],
    fixed: { label: 'Yes', next: asNodeId('done') },
    notFixed: { label: 'No', next: asNodeId('done') },
  },
  { kind: 'resolved', id: asNodeId('done'), title: 'Done', whatFixedIt: 'x', prevention: [] },
];

function tree(): Tree {
  const built = buildTree('t', asNodeId('ask'), nodes);
  if (!built.ok) throw new Error('bad fixture');
  return built.value;
}

function stepAt(answers: number[]) {
  const walked = walk(tree(), { answers });
  if (!walked.ok) throw new Error('bad walk');
  return currentStepLabel(walked.value);
}

describe('AgentPanel', () => {
  it('shows what to say and what to listen for, with the step number', () => {
    render(<AgentPanel step={stepAt([])} />);
    const panel = screen.getByRole('region', { name: /say to the caller/i });
    expect(within(panel).getByRole('heading')).toHaveTextContent('Say to the caller Step 1');
    expect(panel).toHaveTextContent('Ask the caller whether it fails.');
    expect(panel).toHaveTextContent('Listen for: A clear yes.');
  });

  it('numbers each item of a fix "Step N.k", with its script or its text', () => {
    render(<AgentPanel step={stepAt([0])} />);
    const items = within(screen.getByRole('list', { name: 'The fix, step by step' })).getAllByRole(
      'listitem',
    );
    expect(items.map((item) => item.textContent)).toEqual([
      'Step 2.1Ask them to sign out.Listen for: Signed out.',
      'Step 2.2Sign back in.',
    ]);
    expect(screen.getByText(/No script for this step/)).toBeInTheDocument();
  });
});
