import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { NewCaller } from './new-caller.tsx';

describe('NewCaller', () => {
  it('asks first, with the focus on Cancel, and clears only when confirmed', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(<NewCaller onConfirm={onConfirm} />);
    screen.getByRole('button', { name: 'New caller' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('group', { name: /start with a new caller/i })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(onConfirm).not.toHaveBeenCalled();
    await user.keyboard('{Shift>}{Tab}{/Shift}{Enter}');
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('Cancel or Escape keeps the call and returns focus to "New caller"', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(<NewCaller onConfirm={onConfirm} />);
    await user.click(screen.getByRole('button', { name: 'New caller' }));
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'New caller' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'New caller' })).toHaveFocus();
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
