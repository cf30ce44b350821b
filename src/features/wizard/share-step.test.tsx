import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareStep } from './share-step.tsx';

const url = 'https://fixpath.example/errors/102/step/manual-refresh?s=009m-01';

describe('ShareStep', () => {
  afterEach(() => vi.restoreAllMocks());

  it('copies the link and says so', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    render(<ShareStep url={url} title="Error 102: Update three times" />);
    await user.click(screen.getByRole('button', { name: 'Copy link to this step' }));
    expect(writeText).toHaveBeenCalledWith(url);
    expect(await screen.findByText(/Link copied/)).toBeInTheDocument();
  });

  it('shows the link to copy by hand when the clipboard is refused', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    render(<ShareStep url={url} title="t" />);
    await user.click(screen.getByRole('button', { name: 'Copy link to this step' }));
    expect(await screen.findByRole('textbox', { name: 'Copy this link:' })).toHaveValue(url);
  });

  it('offers the share sheet only where the browser has one', async () => {
    const user = userEvent.setup();
    expect(
      render(<ShareStep url={url} title="t" />).queryByRole('button', { name: 'Share…' }),
    ).toBeNull();
    const share = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    try {
      render(<ShareStep url={url} title="Error 102" />);
      await user.click(screen.getByRole('button', { name: 'Share…' }));
      expect(share).toHaveBeenCalledWith({ title: 'Error 102', url });
    } finally {
      Reflect.deleteProperty(navigator, 'share');
    }
  });
});
