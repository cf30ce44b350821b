import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { App } from '../app/app.tsx';
import { errorCache } from '../content/runtime/app-content.ts';
import { fixture } from './guided-fixture.ts';

/** Renders the whole app at `url` (a deep link), with the fixture error loaded. */
export function renderApp(url: string) {
  errorCache.prime([fixture]);
  return render(
    <MemoryRouter initialEntries={[url]}>
      <App />
    </MemoryRouter>,
  );
}
