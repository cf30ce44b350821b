import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AgentScripts } from '../../../content/types.ts';
import { asNodeId, stepModelOf, type Tree, type TreeNode } from '../../../engine/index.ts';
import { buildTree } from '../../../engine/graph-check.ts';
import { AgentPanel, type PanelScripts } from './agent-panel.tsx';

const nodes: TreeNode[] = [
  {
    kind: 'question',
    id: asNodeId('ask'),
    title: 'Does it fail?',
    answers: [{ label: 'Yes', next: asNodeId('fix') }],
  },
  {
    kind: 'fix',
    id: asNodeId('fix'),
    title: 'Sign in again',
    steps: [{ text: 'Sign out.' }, { text: 'Sign back in.' }],
    fixed: { label: 'Yes', next: asNodeId('done') },
    notFixed: { label: 'No', next: asNodeId('done') },
  },
  { kind: 'resolved', id: asNodeId('done'), title: 'Done', whatFixedIt: 'x', prevention: [] },
];

const scripts: AgentScripts = {
  ask: { node: { say: 'Ask the caller whether it fails.', listenFor: 'A clear yes.' } },
  fix: { steps: [{ say: 'Ask them to sign out.', listenFor: 'Signed out.' }, null] },
};

function tree(): Tree {
  const built = buildTree('t', asNodeId('ask'), nodes);
  if (!built.ok) throw new Error('bad fixture');
  return built.value;
}

function panelAt(answers: number[], panelScripts?: PanelScripts, repairLabel?: string) {
  const model = stepModelOf(tree(), { answers });
  if (!model.ok) throw new Error('bad session');
  const { node, progress, itemNumbers } = model.value;
  return (
    <AgentPanel
      stepNumber={progress.step}
      node={node}
      itemNumbers={itemNumbers}
      repairLabel={repairLabel}
      scripts={panelScripts ?? scripts[node.id] ?? {}}
    />
  );
}

describe('AgentPanel', () => {
  it('shows what to say and what to listen for, with the step number', () => {
    render(panelAt([]));
    const panel = screen.getByRole('region', { name: /say to the caller/i });
    expect(within(panel).getByRole('heading')).toHaveTextContent('Say to the caller Step 1');
    expect(panel).toHaveTextContent('Ask the caller whether it fails.');
    expect(panel).toHaveTextContent('Listen for: A clear yes.');
  });

  it('numbers each item of a fix "Step N.k", with its script or its text', () => {
    render(panelAt([0], undefined, 'Repair 2 of 3'));
    const items = within(screen.getByRole('list', { name: 'The fix, step by step' })).getAllByRole(
      'listitem',
    );
    expect(items.map((item) => item.textContent)).toEqual([
      'Step 2.1Ask them to sign out.Listen for: Signed out.',
      'Step 2.2Sign back in.',
    ]);
    expect(screen.getByText(/No script for this step/)).toBeInTheDocument();
    expect(screen.getByText('Repair 2 of 3')).toBeInTheDocument();
  });

  it('says when the scripts are loading, or could not be loaded', () => {
    const { rerender } = render(panelAt([], 'loading'));
    expect(screen.getByRole('status')).toHaveTextContent('Loading the script…');
    rerender(panelAt([0], 'unavailable'));
    expect(screen.getByText(/script could not be loaded: read the screen out/)).toBeVisible();
    expect(screen.getByRole('list', { name: 'The fix, step by step' })).toHaveTextContent(
      'Step 2.1Sign out.',
    );
  });
});
