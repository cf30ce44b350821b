import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { site } from '../../content/runtime/app-content.ts';
import { createSearcher } from '../../search/searcher.ts';
import { testIndex } from '../../search/test-index.ts';
import { ClosestIsland } from './closest-island.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { SEARCH_INDEX, searchIndex } from './search-index.ts';

function renderAt(path: string) {
  window.history.replaceState(null, '', path);
  render(
    <>
      <NotFoundPage index={testIndex} options={{}} />
      <ClosestIsland options={{ mode: 'owner' }} />
    </>,
  );
}

beforeEach(() =>
  searchIndex.prime({
    [SEARCH_INDEX]: createSearcher(testIndex, site.notCovered?.families ?? []),
  }),
);

describe('NotFoundPage and its "did you mean" island', () => {
  it('suggests the closest codes for the unknown one', () => {
    renderAt('/errors/ol202');
    expect(screen.getByRole('heading', { level: 1, name: 'We could not find that page' }));
    expect(screen.getByText(/has no page for “ol202”/)).toBeVisible();
    const closest = screen.getByRole('list', { name: 'Closest matches' });
    expect(within(closest).getAllByRole('link')[0]).toHaveAttribute('href', '/errors/ol-202');
  });

  it('under a code we cover, says its guide has no such page, and links to the guide', () => {
    renderAt('/errors/202/checklist/zzz');
    expect(screen.queryByText(/has no page for/)).toBeNull();
    expect(screen.queryByText(/Did you mean/)).toBeNull();
    expect(screen.getByText('The Error 202 guide has no page at this address.')).toBeVisible();
    const guide = screen.getByRole('list', { name: 'The guide to this error' });
    expect(within(guide).getByRole('link')).toHaveAttribute('href', '/errors/202');
  });

  it('for a step name a guide does not have, says so and links to the guide (issue 22)', () => {
    renderAt('/errors/102/step/zzz');
    expect(screen.getByText('The Error 102 guide has no step at this address.')).toBeVisible();
    expect(screen.queryByText(/has no page for|Did you mean/)).toBeNull();
    const guide = screen.getByRole('list', { name: 'The guide to this error' });
    expect(within(guide).getByRole('link')).toHaveAttribute('href', '/errors/102');
  });

  it('suggests near codes for a mistyped number', () => {
    renderAt('/errors/201');
    const closest = screen.getByRole('list', { name: 'Closest matches' });
    expect(within(closest).getAllByRole('link')[0]).toHaveAttribute('href', '/errors/202');
  });

  it('lists every covered code, and says nothing more for other addresses', () => {
    renderAt('/no/such/page');
    expect(screen.queryByText(/has no page for/)).toBeNull();
    expect(screen.getByRole('list', { name: 'Errors we cover' })).toBeVisible();
    expect(
      screen.getByRole('list', { name: 'Other codes we can help you tell apart' }),
    ).toBeVisible();
  });

  it('says plainly that a code from a group we do not cover has no page yet, and how to reach Intuit', () => {
    renderAt('/errors/ps032');
    expect(
      screen.getByRole('heading', { level: 2, name: `${site.name} doesn’t cover PS032 yet` }),
    ).toBeVisible();
    expect(screen.getByRole('heading', { name: 'How to reach Intuit safely' })).toBeVisible();
    expect(screen.queryByRole('list', { name: 'Closest matches' })).toBeNull();
  });

  it('shows a nonsense address as text', () => {
    renderAt(`/errors/${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    expect(screen.getByText(/has no page for “<img src=x onerror=alert\(1\)>”/)).toBeVisible();
    expect(document.querySelector('img')).toBeNull();
  });
});
