import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSearcher } from '../../search/searcher.ts';
import { testIndex } from '../../search/test-index.ts';
import { searchIndex } from '../search/search-index.ts';
import { NotFoundPage } from './not-found-page.tsx';

function Where() {
  const location = useLocation();
  return <h1>At {location.pathname + location.search}</h1>;
}

function renderPage(query?: string) {
  const user = userEvent.setup();
  render(
    <MemoryRouter initialEntries={['/errors/x']}>
      <Routes>
        <Route path="/errors/x" element={<NotFoundPage query={query} />} />
        <Route path="*" element={<Where />} />
      </Routes>
    </MemoryRouter>,
  );
  return user;
}

beforeEach(() => searchIndex.prime(createSearcher(testIndex)));

describe('NotFoundPage', () => {
  it('suggests the closest codes for the unknown one', () => {
    renderPage('ol202');
    expect(screen.getByRole('heading', { level: 1, name: 'We could not find that page' }));
    expect(screen.getByText(/has no page for “ol202”/)).toBeVisible();
    const closest = screen.getByRole('list', { name: 'Closest matches' });
    expect(within(closest).getAllByRole('link')[0]).toHaveAttribute('href', '/errors/ol-202');
  });

  it('suggests near codes for a mistyped number', () => {
    renderPage('201');
    const closest = screen.getByRole('list', { name: 'Closest matches' });
    expect(within(closest).getAllByRole('link')[0]).toHaveAttribute('href', '/errors/202');
  });

  it('offers the search and every covered code, even without a query', async () => {
    const user = renderPage();
    expect(screen.queryByRole('heading', { name: 'Did you mean one of these?' })).toBeNull();
    expect(screen.getByRole('list', { name: 'Errors we cover' })).toBeVisible();
    expect(
      screen.getByRole('list', { name: 'Other codes we can help you tell apart' }),
    ).toBeVisible();
    await user.type(screen.getByRole('searchbox', { name: /Error code or words/ }), 'payroll');
    await user.click(screen.getByRole('button', { name: 'Find my error' }));
    expect(screen.getByRole('heading', { name: 'At /?q=payroll' })).toBeVisible();
  });

  it('shows a nonsense address as text', () => {
    renderPage('<img src=x onerror=alert(1)>');
    expect(screen.getByText(/has no page for “<img src=x onerror=alert\(1\)>”/)).toBeVisible();
    expect(document.querySelector('img')).toBeNull();
  });
});
