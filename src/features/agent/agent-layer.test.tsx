import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation, useParams, useSearchParams } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openPage } from '../../lib/leave-page.ts';
import { paths } from '../../routing/paths.ts';
import { encodeSession, start, stepModel } from '../../engine/index.ts';
import { testTree } from '../../engine/test-tree.ts';
import AgentLayer from './agent-layer.tsx';
import { callStore } from './call-store.ts';

vi.mock('../../lib/leave-page.ts', () => ({ leavePage: vi.fn(), openPage: vi.fn() }));

const error = { slug: 'test', code: 'T1', title: 'Test error' };

/** A stand-in for the step page: decodes `s` and renders the layer, plus where we are. */
function Step() {
  const [search] = useSearchParams();
  const { nodeId } = useParams();
  const location = useLocation();
  const model = stepModel(testTree, nodeId, search.get('s'));
  if (!model.ok) return <p>Broken</p>;
  return (
    <>
      <h1>{model.value.node.title}</h1>
      <p data-testid="where">{location.pathname + location.search}</p>
      <AgentLayer error={error} model={model.value} />
    </>
  );
}

function renderAtStart() {
  const url = paths.step('test', 'q1', encodeSession(testTree, start()), { mode: 'agent' });
  render(
    <MemoryRouter initialEntries={[url]}>
      <Routes>
        <Route path="/errors/:slug/step/:nodeId" element={<Step />} />
        <Route path="*" element={<p data-testid="where">elsewhere</p>} />
      </Routes>
    </MemoryRouter>,
  );
  return userEvent.setup();
}

const heading = () => screen.getByRole('heading', { level: 1 });

beforeEach(() => callStore.useCall.getState().clear());

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

  it('R restarts and the record keeps the notes', async () => {
    const user = renderAtStart();
    await user.keyboard('2n');
    await user.keyboard('kept{Escape}r');
    expect(heading()).toHaveTextContent('Does it fail at once?');
    expect(callStore.useCall.getState().record.notes).toEqual({ '2:fix': 'kept' });
  });

  it('a new caller, once confirmed, clears the record', async () => {
    const user = renderAtStart();
    await user.keyboard('2nabc{Escape}');
    await user.click(screen.getByRole('button', { name: 'New caller' }));
    await user.click(screen.getByRole('button', { name: 'Yes, clear this call' }));
    expect(callStore.useCall.getState().record.notes).toEqual({});
    expect(openPage).toHaveBeenCalledWith('/?mode=agent');
  });

  it('does not mix a call about another error into this one', async () => {
    callStore.useCall.setState({
      record: { ...callStore.useCall.getState().record, slug: 'other', startedAt: 1 },
    });
    const user = renderAtStart();
    expect(screen.getByRole('alert')).toHaveTextContent('about another error (other)');
    expect(screen.queryByRole('textbox')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'New caller' }));
    await user.click(screen.getByRole('button', { name: 'Yes, clear this call' }));
    expect(callStore.useCall.getState().record.slug).toBe('test');
    expect(screen.getByRole('textbox', { name: 'Notes for step 1' })).toBeInTheDocument();
    expect(heading()).toHaveTextContent('Does it fail at once?');
  });
});
