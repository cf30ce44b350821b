import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { NotesBox } from './notes-box.tsx';

function Harness({
  onChange,
  saved = true,
}: {
  onChange: (text: string) => void;
  saved?: boolean;
}) {
  const [value, setValue] = useState('');
  return (
    <NotesBox
      stepNumber={2}
      value={value}
      saved={saved}
      onChange={(text) => {
        setValue(text);
        onChange(text);
      }}
    />
  );
}

describe('NotesBox', () => {
  it('is labelled with the step number and saves as you type', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    await userEvent.setup().type(screen.getByRole('textbox', { name: 'Notes for step 2' }), 'Hi');
    expect(onChange.mock.calls).toEqual([['H'], ['Hi']]);
    expect(screen.getByRole('textbox')).toHaveAccessibleDescription(/never sent anywhere/);
  });

  it('shows markup back as text, never as HTML', () => {
    render(
      <NotesBox
        stepNumber={1}
        value="<img src=x onerror=alert(1)><b>bold</b>"
        onChange={vi.fn()}
        saved
      />,
    );
    expect(screen.getByRole('textbox')).toHaveValue('<img src=x onerror=alert(1)><b>bold</b>');
    expect(document.querySelector('img, b')).toBeNull();
  });

  it('says when the note will not survive a refresh', () => {
    render(<Harness onChange={vi.fn()} saved={false} />);
    expect(screen.getByRole('textbox')).toHaveAccessibleDescription(/lost on refresh/);
  });
});
