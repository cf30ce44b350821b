import { render } from '@testing-library/react';
import { StrictMode } from 'react';
import { MemoryRouter } from 'react-router';
import { WizardApp } from '../app/wizard/wizard-app.tsx';
import { errorContent } from '../content/runtime/app-content.ts';
import { fixture } from './guided-fixture.ts';

/**
 * Renders the wizard at `url` (a step address), with the fixture error loaded; `strict`: in
 * React's StrictMode, as the app runs (src/app/wizard/main.tsx), which runs each effect twice.
 */
export function renderWizard(url: string, { strict = false } = {}) {
  errorContent.prime({ [fixture.slug]: fixture });
  const app = (
    <MemoryRouter initialEntries={[url]}>
      <WizardApp />
    </MemoryRouter>
  );
  return render(strict ? <StrictMode>{app}</StrictMode> : app);
}
