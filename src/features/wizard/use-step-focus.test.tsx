import { act, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { MemoryRouter, useNavigate, useParams, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useStepFocus } from './use-step-focus.ts';

/** Two frames and a message: afterPaint's work has run by then. */
async function afterPaintHasRun(): Promise<void> {
  for (let i = 0; i < 2; i += 1) {
    await act(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))));
  }
}

function Step() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const heading = useStepFocus(id, `Step ${id}`);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Step {id}
      </h1>
      <button type="button" onClick={() => void navigate(`/step/${id}x`)}>
        Next
      </button>
      <pre tabIndex={0} aria-label="Summary">
        summary
      </pre>
    </>
  );
}

function renderStep() {
  return render(
    <MemoryRouter initialEntries={['/step/a']}>
      <Routes>
        <Route path="/step/:id" element={<Step />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('useStepFocus', () => {
  it('leaves focus alone on the page the person opened', async () => {
    renderStep();
    await afterPaintHasRun();
    expect(document.body).toHaveFocus();
  });

  it('moves focus to the new step’s heading once it is painted', async () => {
    renderStep();
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await afterPaintHasRun();
    expect(screen.getByRole('heading', { name: 'Step ax' })).toHaveFocus();
  });

  it('does not take focus back from where the person moved it before the paint', async () => {
    renderStep();
    const summary = screen.getByLabelText('Summary');
    act(() => screen.getByRole('button', { name: 'Next' }).click());
    // The step has changed, its heading not focused yet: the person presses S for the summary.
    expect(screen.getByRole('heading', { name: 'Step ax' })).not.toHaveFocus();
    act(() => summary.focus());
    await afterPaintHasRun();
    expect(summary).toHaveFocus();
  });
});
