import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { hydrateRoot } from 'react-dom/client';
import { MemoryRouter, Route, Routes, useLocation, useParams } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { site } from '../../content/runtime/app-content.ts';
import { createSearcher } from '../../search/searcher.ts';
import { testIndex } from '../../search/test-index.ts';
import { HomePage } from './home-page.tsx';
import { searchIndex } from './search-index.ts';

function ErrorProbe() {
  const location = useLocation();
  return (
    <h1>
      Page for {useParams().slug} at {location.pathname}
      {location.search}
    </h1>
  );
}

const routes = (
  <Routes>
    <Route path="/" element={<HomePage />} />
    <Route path="/errors/:slug" element={<ErrorProbe />} />
  </Routes>
);

function renderAt(url: string) {
  const user = userEvent.setup();
  render(<MemoryRouter initialEntries={[url]}>{routes}</MemoryRouter>);
  return user;
}

async function search(user: ReturnType<typeof userEvent.setup>, text: string): Promise<void> {
  const box = screen.getByRole('searchbox', { name: 'Error code or words from the message' });
  await user.clear(box);
  await user.type(box, text);
  await user.click(screen.getByRole('button', { name: 'Find my error' }));
}

beforeEach(() => searchIndex.prime(createSearcher(testIndex)));

describe('HomePage', () => {
  it('says what the site is and lists every code it knows', () => {
    renderAt('/');
    expect(screen.getByRole('heading', { level: 1, name: site.tagline })).toBeInTheDocument();
    expect(screen.getByText(new RegExp(site.name))).toBeInTheDocument();
    const covered = screen.getByRole('list', { name: 'Errors we cover' });
    expect(
      within(covered)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['/errors/102', '/errors/202']);
    const others = screen.getByRole('list', { name: 'Other codes we can help you tell apart' });
    expect(within(others).getByRole('link', { name: /H202/ })).toHaveAttribute(
      'href',
      '/errors/h202',
    );
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('asks which message a bare 202 was, each choice saying where it appears', async () => {
    const user = renderAt('/');
    await search(user, '202');
    expect(screen.getByRole('heading', { name: 'Which of these did you see?' })).toBeVisible();
    const choices = screen.getByRole('list', { name: 'Which of these did you see?' });
    const links = within(choices).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/errors/202',
      '/errors/h202',
      '/errors/ol-202',
    ]);
    expect(within(choices).getByText('When you switch to multi-user mode')).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('3 messages use the number 202');
    await user.click(within(choices).getByRole('link', { name: /H202/ }));
    expect(screen.getByRole('heading', { name: /Page for h202/ })).toBeVisible();
  });

  it('opens the page of an exact code directly', async () => {
    const user = renderAt('/');
    await search(user, 'OL-202');
    expect(
      screen.getByRole('heading', { name: 'Page for ol-202 at /errors/ol-202' }),
    ).toBeVisible();
  });

  it('ranks errors by the words of the message', async () => {
    const user = renderAt('/');
    await search(user, 'bank feed maintenance');
    const list = screen.getByRole('list', { name: 'Matching errors' });
    expect(within(list).getAllByRole('link')[0]).toHaveAttribute('href', '/errors/102');
  });

  it('answers an unknown code with the closest codes and the covered list', async () => {
    const user = renderAt('/');
    await search(user, 'Error 999');
    expect(screen.getByRole('heading', { name: /have a page for “Error 999”/ })).toBeVisible();
    const closest = screen.getByRole('list', { name: 'Closest matches' });
    expect(within(closest).getByRole('link', { name: /9999/ })).toBeVisible();
    expect(screen.getByRole('list', { name: 'Errors we cover' })).toBeVisible();
  });

  it('says plainly when no words match, and keeps the covered list', async () => {
    const user = renderAt('/');
    await search(user, 'purple elephant');
    expect(
      screen.getByRole('heading', { name: 'Nothing matched “purple elephant”' }),
    ).toBeVisible();
    expect(screen.queryByRole('list', { name: 'Closest matches' })).toBeNull();
    expect(screen.getByRole('list', { name: 'Errors we cover' })).toBeVisible();
  });

  it('shows typed markup as text only', async () => {
    const user = renderAt('/');
    await search(user, 'purple <b>x</b><script>alert(1)</script>');
    expect(
      screen.getByRole('heading', { level: 2, name: /<script>alert\(1\)<\/script>/ }),
    ).toBeVisible();
    expect(document.querySelector('main script, b')).toBeNull();
  });

  it('reads the search from the URL, so a link can be shared', () => {
    renderAt('/?q=202');
    expect(screen.getByRole('searchbox')).toHaveValue('202');
    expect(screen.getByRole('heading', { name: 'Which of these did you see?' })).toBeVisible();
  });

  it('keeps support-agent mode on its links', async () => {
    const user = renderAt('/?mode=agent');
    await search(user, 'OL-202');
    expect(screen.getByRole('heading', { name: /\/errors\/ol-202\?mode=agent/ })).toBeVisible();
  });

  it('hydrates prerendered HTML for / without a mismatch, then shows the search', async () => {
    const html = renderToString(<MemoryRouter initialEntries={['/']}>{routes}</MemoryRouter>);
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const onRecoverableError = vi.fn();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const root = await act(async () =>
      hydrateRoot(container, <MemoryRouter initialEntries={['/?q=202']}>{routes}</MemoryRouter>, {
        onRecoverableError,
      }),
    );
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    expect(
      within(container).getByRole('heading', { name: 'Which of these did you see?' }),
    ).toBeVisible();
    act(() => root.unmount());
    container.remove();
    errors.mockRestore();
  });
});
