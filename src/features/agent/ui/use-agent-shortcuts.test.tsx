import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAgentShortcuts, type AgentShortcutHandlers } from './use-agent-shortcuts.ts';

function Harness(props: AgentShortcutHandlers) {
  useAgentShortcuts(props);
  return (
    <>
      <button type="button">Some button</button>
      <label>
        Notes <textarea />
      </label>
      <label>
        Name <input type="text" />
      </label>
      <dialog open>
        <button type="button">In dialog</button>
      </dialog>
    </>
  );
}

function setup() {
  const handlers = {
    onDigit: vi.fn(),
    onBack: vi.fn(),
    onRestart: vi.fn(),
    onFocusNotes: vi.fn(),
    onSummary: vi.fn(),
    onHelp: vi.fn(),
  };
  render(<Harness {...handlers} />);
  return { user: userEvent.setup(), handlers };
}

describe('useAgentShortcuts', () => {
  it('maps digits, B, R, N, S and ? (either case) to their handlers', async () => {
    const { user, handlers } = setup();
    await user.keyboard('3b{Shift>}R{/Shift}n?9{Shift>}S{/Shift}');
    expect(handlers.onDigit.mock.calls).toEqual([[3], [9]]);
    expect(handlers.onBack).toHaveBeenCalledTimes(1);
    expect(handlers.onRestart).toHaveBeenCalledTimes(1);
    expect(handlers.onFocusNotes).toHaveBeenCalledTimes(1);
    expect(handlers.onSummary).toHaveBeenCalledTimes(1);
    expect(handlers.onHelp).toHaveBeenCalledTimes(1);
  });

  it('works while a button has the focus, and ignores 0 and other keys', async () => {
    const { user, handlers } = setup();
    screen.getByRole('button', { name: 'Some button' }).focus();
    await user.keyboard('0xq2');
    expect(handlers.onDigit.mock.calls).toEqual([[2]]);
  });

  it('ignores keys pressed with Ctrl, Meta or Alt', async () => {
    const { user, handlers } = setup();
    await user.keyboard('{Control>}1{/Control}{Meta>}b{/Meta}{Alt>}r{/Alt}');
    expect(handlers.onDigit).not.toHaveBeenCalled();
    expect(handlers.onBack).not.toHaveBeenCalled();
    expect(handlers.onRestart).not.toHaveBeenCalled();
  });

  it('leaves typing alone in text fields, and Escape leaves the field', async () => {
    const { user, handlers } = setup();
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    await user.type(notes, 'b1 rn? ok');
    expect(notes).toHaveValue('b1 rn? ok');
    await user.type(screen.getByRole('textbox', { name: 'Name' }), '2b');
    expect(handlers.onBack).not.toHaveBeenCalled();
    expect(handlers.onDigit).not.toHaveBeenCalled();
    expect(handlers.onHelp).not.toHaveBeenCalled();
    await user.click(notes);
    await user.keyboard('{Escape}');
    expect(notes).not.toHaveFocus();
    await user.keyboard('b');
    expect(handlers.onBack).toHaveBeenCalledTimes(1);
  });

  it('inside a dialog only ? works', async () => {
    const { user, handlers } = setup();
    screen.getByRole('button', { name: 'In dialog' }).focus();
    await user.keyboard('1b?');
    expect(handlers.onDigit).not.toHaveBeenCalled();
    expect(handlers.onBack).not.toHaveBeenCalled();
    expect(handlers.onHelp).toHaveBeenCalledTimes(1);
  });

  it('stops listening when unmounted', async () => {
    const handlers = {
      onDigit: vi.fn(),
      onBack: vi.fn(),
      onRestart: vi.fn(),
      onFocusNotes: vi.fn(),
      onSummary: vi.fn(),
      onHelp: vi.fn(),
    };
    const { unmount } = render(<Harness {...handlers} />);
    unmount();
    await userEvent.setup().keyboard('1');
    expect(handlers.onDigit).not.toHaveBeenCalled();
  });
});
