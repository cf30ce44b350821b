import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallSummary } from './call-summary-view.tsx';

const text =
  'Fixpath call summary\n====================\n\nNotes\n-----\nStep 1  <b>not bold</b>\n';

afterEach(() => vi.restoreAllMocks());

describe('CallSummary', () => {
  it('previews the summary as plain text in a <pre>', () => {
    render(<CallSummary text={text} fileName="call.txt" />);
    const pre = screen.getByLabelText('Call summary text');
    expect(pre.tagName).toBe('PRE');
    expect(pre.textContent).toBe(text);
    expect(pre.querySelector('b')).toBeNull();
  });

  it('copies the summary with the clipboard API', async () => {
    const user = userEvent.setup();
    render(<CallSummary text={text} fileName="call.txt" />);
    await user.click(screen.getByRole('button', { name: 'Copy summary' }));
    expect(await navigator.clipboard.readText()).toBe(text);
    expect(screen.getByRole('status')).toHaveTextContent('Summary copied.');
  });

  it('selects the text and says how to copy it when there is no clipboard', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    render(<CallSummary text={text} fileName="call.txt" />);
    await user.click(screen.getByRole('button', { name: 'Copy summary' }));
    expect(screen.getByRole('status')).toHaveTextContent(/summary text is selected: press Ctrl\+C/);
    expect(window.getSelection()?.toString()).toBe(text);
    expect(screen.getByLabelText('Call summary text')).toHaveFocus();
  });

  it('downloads a .txt file made from a Blob', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:summary'));
    URL.revokeObjectURL = vi.fn();
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    render(<CallSummary text={text} fileName="fixpath-call-202.txt" />);
    await user.click(screen.getByRole('button', { name: 'Download .txt' }));
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe('fixpath-call-202.txt');
    expect(clicked[0]?.href).toBe('blob:summary');
    expect(blobs[0]?.type).toBe('text/plain;charset=utf-8');
    expect(await blobs[0]?.text()).toBe(text);
    expect(screen.getByRole('status')).toHaveTextContent('Summary saved as a .txt file.');
  });
});
