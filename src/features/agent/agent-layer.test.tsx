import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation, useParams, useSearchParams } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { agentScripts } from '../../content/runtime/agent-scripts.ts';
import { openPage } from '../../lib/leave-page.ts';
import { markSetAside, resetStorageHealth } from '../../lib/storage/storage-health.ts';
import { paths } from '../../routing/paths.ts';
import { encodeSession, start, stepModel } from '../../engine/index.ts';
import { testTree } from '../../engine/test-tree.ts';
import AgentLayer from './agent-layer.tsx';
import { CALL_STORAGE_KEY, callStore } from './state/call-store.ts';

vi.mock('../../lib/leave-page.ts', () => ({ leavePage: vi.fn(), openPage: vi.fn() }));

const error = { slug: 'test', code: 'T1', title: 'Test error' };

/** A stand-in for the step page: decodes `s` and renders the layer, plus where we are. */
function Step({ side = null }: { readonly side?: HTMLElement | null }) {
  const [search] = useSearchParams();
  const { nodeId } = useParams();
  const location = useLocation();
  const model = stepModel(testTree, nodeId, search.get('s'));
  if (!model.ok) return <p>Broken</p>;
  return (
    <>
      <h1>{model.value.node.title}</h1>
      <p data-testid="where">{location.pathname + location.search}</p>
      <AgentLayer error={error} model={model.value} side={side} />
    </>
  );
}

function renderAtStart(side: HTMLElement | null = null) {
  const url = paths.step('test', 'q1', encodeSession(testTree, start()), { mode: 'agent' });
  render(
    <MemoryRouter initialEntries={[url]}>
      <Routes>
        <Route path="/errors/:slug/step/:nodeId" element={<Step side={side} />} />
        <Route path="*" element={<p data-testid="where">elsewhere</p>} />
      </Routes>
    </MemoryRouter>,
  );
  return userEvent.setup();
}

const heading = () => screen.getByRole('heading', { level: 1 });

beforeEach(() => {
  callStore.getState().clear();
  resetStorageHealth();
  agentScripts.prime({
    test: { q1: { node: { say: 'Ask whether it fails at once.', listenFor: 'Yes or no.' } } },
  });
});

describe('AgentLayer', () => {
  it('runs a call from the keyboard: digits answer, B goes back, N notes, ? help', async () => {
    const user = renderAtStart();
    expect(heading()).toHaveTextContent('Does it fail at once?');
    await user.keyboard('1');
    expect(heading()).toHaveTextContent('Can you sign in to the bank?');
    expect(screen.getByTestId('where')).toHaveTextContent(/mode=agent$/);
    await user.keyboard('b');
    expect(heading()).toHaveTextContent('Does it fail at once?');
    await user.keyboard('2');
    expect(heading()).toHaveTextContent('Update three times');
    expect(screen.getByRole('region', { name: /say to the caller/i })).toHaveTextContent('Step 2');

    await user.keyboard('n');
    const notes = screen.getByRole('textbox', { name: 'Notes for step 2' });
    expect(notes).toHaveFocus();
    await user.keyboard('Tried it 1b? twice{Escape}');
    expect(notes).toHaveValue('Tried it 1b? twice');
    expect(notes).not.toHaveFocus();

    await user.keyboard('?');
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
    await user.keyboard('?');
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.keyboard('2');
    expect(heading()).toHaveTextContent('Call an expert');
    const ending = screen.getByRole('region', { name: 'Call summary' });
    const text = within(ending).getByLabelText('Call summary text').textContent ?? '';
    expect(text).toContain('Error:          T1 - Test error');
    expect(text).toContain('Where it ended: Step 3, Call an expert (escalation)');
    expect(text).toMatch(/Step 1 {2}Does it fail at once\?\n {8}Answer: No \(at /);
    expect(text).toMatch(/Step 2 {2}Update three times\n {8}Outcome: not fixed \(at /);
    expect(text).toContain('        Tried it 1b? twice');
    expect(text).toMatch(
      /http:\/\/localhost(:\d+)?\/errors\/test\/step\/expert\?s=[0-9a-z]{4}-11\n/,
    );
  });

  it('puts the map, notes and summary in the column after the step; S opens the summary', async () => {
    const side = document.body.appendChild(document.createElement('div'));
    const scrollTo = vi.fn();
    side.scrollTo = scrollTo;
    try {
      const user = renderAtStart(side);
      const column = within(side).getByRole('region', { name: 'Map, notes and summary' });
      expect(within(column).getByRole('textbox', { name: 'Notes for step 1' })).toBeVisible();
      // The script stays in the agent layer, with the step and before its answers.
      expect(within(side).queryByRole('region', { name: /say to the caller/i })).toBeNull();
      await user.keyboard('s');
      expect(within(column).getByLabelText('Call summary text')).toHaveFocus();
      expect(column.querySelector('details')).toHaveProperty('open', true);
      // Each new step shows the column's top, with the map, again.
      expect(scrollTo).toHaveBeenCalledTimes(1);
      await user.keyboard('1');
      expect(heading()).toHaveTextContent('Can you sign in to the bank?');
      expect(scrollTo).toHaveBeenCalledTimes(2);
      expect(scrollTo).toHaveBeenLastCalledWith({ top: 0 });
    } finally {
      side.remove();
    }
  });

  it('shows the step’s script from the agent scripts chunk', () => {
    renderAtStart();
    const panel = screen.getByRole('region', { name: /say to the caller/i });
    expect(panel).toHaveTextContent('Ask whether it fails at once.');
    expect(panel).toHaveTextContent('Listen for: Yes or no.');
  });

  it('R asks first, then restarts, and the record keeps the notes', async () => {
    const user = renderAtStart();
    await user.keyboard('2n');
    await user.keyboard('kept{Escape}r');
    expect(heading()).toHaveTextContent('Update three times');
    const question = screen.getByRole('group', { name: /restart this error/i });
    expect(question).toHaveTextContent(
      'answers given so far will no longer be in the call summary',
    );
    expect(within(question).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: 'Yes, restart' }));
    expect(heading()).toHaveTextContent('Does it fail at once?');
    expect(screen.getByTestId('where')).toHaveTextContent(/mode=agent$/);
    expect(callStore.getState().record.notes).toEqual({ '2:fix': 'kept' });
  });

  it('R then Escape or Cancel keeps the route and its answers', async () => {
    const user = renderAtStart();
    await user.keyboard('1r');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: /restart this error/i })).toBeNull();
    expect(heading()).toHaveTextContent('Can you sign in to the bank?');
    await user.keyboard('r');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(heading()).toHaveTextContent('Can you sign in to the bank?');
    const summary = screen.getByLabelText('Call summary text').textContent ?? '';
    expect(summary).toMatch(/Answer: Yes \(at /);
    // Shortcuts work again at once: the focus went back to the agent's tools.
    await user.keyboard('b');
    expect(heading()).toHaveTextContent('Does it fail at once?');
  });

  it('R at the first question, with nothing to lose, does not ask', async () => {
    const user = renderAtStart();
    await user.keyboard('r');
    expect(screen.queryByRole('group', { name: /restart this error/i })).toBeNull();
  });

  it('B and the answer digits keep every note', async () => {
    const user = renderAtStart();
    await user.keyboard('nfirst{Escape}1nsecond{Escape}b2');
    await user.keyboard('b1');
    expect(callStore.getState().record.notes).toEqual({ '1:q1': 'first', '2:q2': 'second' });
    expect(screen.getByRole('textbox', { name: 'Notes for step 2' })).toHaveValue('second');
  });

  it('says when a saved call could not be read, and offers what was kept', async () => {
    localStorage.setItem(`${CALL_STORAGE_KEY}:set-aside:1700000000000`, '{broken call');
    markSetAside(CALL_STORAGE_KEY, 'unreadable');
    renderAtStart();
    const note = screen.getByText(/saved call record could not be read/).closest('[role="note"]');
    expect(note).toHaveTextContent('the copy that could not be used is kept in this browser');
    expect(
      screen.getByRole('button', { name: 'Download what was kept (.txt)' }),
    ).toBeInTheDocument();
  });

  it('a new caller, once confirmed, clears the record', async () => {
    const user = renderAtStart();
    await user.keyboard('2nabc{Escape}');
    await user.click(screen.getByRole('button', { name: 'New caller' }));
    await user.click(screen.getByRole('button', { name: 'Yes, clear this call' }));
    expect(callStore.getState().record.notes).toEqual({});
    expect(openPage).toHaveBeenCalledWith('/?mode=agent');
  });

  it('does not mix a call about another error into this one', async () => {
    callStore.setState({
      record: { ...callStore.getState().record, slug: 'other', startedAt: 1 },
    });
    const user = renderAtStart();
    expect(screen.getByRole('alert')).toHaveTextContent('about another error (other)');
    expect(screen.queryByRole('textbox')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'New caller' }));
    await user.click(screen.getByRole('button', { name: 'Yes, clear this call' }));
    expect(callStore.getState().record.slug).toBe('test');
    expect(screen.getByRole('textbox', { name: 'Notes for step 1' })).toBeInTheDocument();
    expect(heading()).toHaveTextContent('Does it fail at once?');
  });
});
