import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { WizardApp } from '../app/wizard/wizard-app.tsx';
import { errorContent } from '../content/runtime/app-content.ts';
import { fixture } from './guided-fixture.ts';

/** Renders the wizard at `url` (a step address), with the fixture error loaded. */
export function renderWizard(url: string) {
  errorContent.prime({ [fixture.slug]: fixture });
  return render(
    <MemoryRouter initialEntries={[url]}>
      <WizardApp />
    </MemoryRouter>,
  );
}
