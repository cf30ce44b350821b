import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ModeToggle } from './mode-toggle.tsx';

function Where() {
  const location = useLocation();
  return <p data-testid="where">{location.pathname + location.search}</p>;
}

function renderAt(url: string) {
  render(
    <MemoryRouter initialEntries={[url]}>
      <ModeToggle />
      <Where />
    </MemoryRouter>,
  );
}

describe('ModeToggle', () => {
  it('turns agent mode on for the current URL, keeping the session', async () => {
    renderAt('/errors/202/step/version?s=ab12-');
    const toggle = screen.getByRole('button', { name: 'Agent mode' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(toggle).toHaveTextContent('Agent mode: off');
    await userEvent.setup().click(toggle);
    expect(screen.getByTestId('where')).toHaveTextContent(
      '/errors/202/step/version?s=ab12-&mode=agent',
    );
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(toggle).toHaveTextContent('Agent mode: on');
  });

  it('turns it off again', async () => {
    renderAt('/errors/202?mode=agent');
    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: 'Agent mode', pressed: true }));
    expect(screen.getByTestId('where')).toHaveTextContent(/^\/errors\/202$/);
  });
});
