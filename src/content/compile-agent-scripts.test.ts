import { describe, expect, it } from 'vitest';
import { compileAgentScripts } from './compile-agent-scripts.ts';
import { compileTree } from './compile-tree.ts';
import type { AuthoredTree } from './schema/node.ts';

const tree: AuthoredTree = {
  start: 'ask',
  nodes: [
    {
      kind: 'question',
      id: 'ask',
      title: 'Does it fail?',
      answers: [
        { label: 'Yes', next: 'fix' },
        { label: 'No', next: 'done' },
      ],
      agent: { say: 'Ask whether it fails.', listenFor: 'Yes or no.' },
    },
    {
      kind: 'fix',
      id: 'fix',
      title: 'Sign in again',
      steps: [{ text: 'Sign out.' }, { text: 'Sign in.', agent: { say: 'Ask them to sign in.' } }],
      fixed: 'done',
      notFixed: 'done',
    },
    { kind: 'resolved', id: 'done', title: 'Done', whatFixedIt: 'x', prevention: [] },
  ],
};

describe('agent scripts', () => {
  it('are gathered by node id, with each fix step’s by position', () => {
    expect(compileAgentScripts(tree)).toEqual({
      ask: { node: { say: 'Ask whether it fails.', listenFor: 'Yes or no.' } },
      fix: { steps: [null, { say: 'Ask them to sign in.' }] },
    });
  });

  it('are left out of the compiled tree', () => {
    const compiled = compileTree('t', tree, { rows: [] });
    expect(JSON.stringify(compiled.tree)).not.toContain('agent');
    expect(compiled.tree.nodes[1]).toMatchObject({
      steps: [{ text: 'Sign out.' }, { text: 'Sign in.' }],
    });
  });
});
