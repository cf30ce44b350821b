import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SendCallerLink } from './send-caller-link.tsx';

const url = 'https://fixpath.example/errors/202/step/clear-ssl?s=ab12-01';

describe('SendCallerLink', () => {
  it('copies the owner-view link and shows it', async () => {
    const user = userEvent.setup();
    render(<SendCallerLink ownerUrl={url} />);
    expect(screen.getByTestId('owner-link')).toHaveTextContent(url);
    await user.click(screen.getByRole('button', { name: 'Send the caller this link' }));
    expect(await navigator.clipboard.readText()).toBe(url);
    expect(screen.getByRole('status')).toHaveTextContent('Link copied.');
  });

  it('selects the link when there is no clipboard', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    render(<SendCallerLink ownerUrl={url} />);
    await user.click(screen.getByRole('button', { name: 'Send the caller this link' }));
    expect(window.getSelection()?.toString()).toBe(url);
    expect(screen.getByRole('status')).toHaveTextContent(/link is selected/);
  });
});
