import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { site } from '../../content/runtime/app-content.ts';
import { openPage } from '../../lib/leave-page.ts';
import { createSearcher } from '../../search/searcher.ts';
import { testIndex } from '../../search/test-index.ts';
import { HomePage } from './home-page.tsx';
import { SEARCH_INDEX, searchIndex } from './search-index.ts';
import { SearchIsland } from './search-island.tsx';

vi.mock('../../lib/leave-page.ts', () => ({ leavePage: vi.fn(), openPage: vi.fn() }));

function renderIsland(url = '/', mode: 'owner' | 'agent' = 'owner') {
  window.history.replaceState(null, '', url);
  const user = userEvent.setup();
  render(<SearchIsland options={{ mode }} onHome />);
  return user;
}

async function search(user: ReturnType<typeof userEvent.setup>, text: string): Promise<void> {
  const box = screen.getByRole('searchbox', { name: 'Error code or words from the message' });
  await user.clear(box);
  await user.type(box, text);
  await user.click(screen.getByRole('button', { name: 'Find my error' }));
}

beforeEach(() => {
  searchIndex.prime({
    [SEARCH_INDEX]: createSearcher(testIndex, site.notCovered?.families ?? []),
  });
  vi.mocked(openPage).mockClear();
});

describe('HomePage (rendered at build time)', () => {
  it('says what the site is and lists every code it knows, with a slot for the search', () => {
    render(<HomePage index={testIndex} options={{}} />);
    expect(screen.getByRole('heading', { level: 1, name: site.tagline })).toBeInTheDocument();
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
    expect(document.querySelector('[data-island="search"]')).toHaveAttribute(
      'data-props',
      '{"mode":"owner","onHome":true}',
    );
  });
});

describe('codes with no page yet (content/site.yaml, notCovered)', () => {
  it('the front door lists them and how to reach Intuit safely, without JavaScript too', () => {
    render(<HomePage index={testIndex} options={{}} />);
    const section = screen.getByRole('region', { name: 'Codes we don’t cover yet' });
    const families = within(section).getByRole('list', { name: 'Codes we don’t cover yet' });
    expect(within(families).getByText(/PS032/)).toBeVisible();
    expect(within(families).getByText(/15xxx/)).toBeVisible();
    expect(within(families).getByText(/OLSU/)).toBeVisible();
    expect(
      within(section).getByRole('heading', { name: 'How to reach Intuit safely' }),
    ).toBeVisible();
    expect(section).toHaveTextContent(/Help menu/);
    expect(section).toHaveTextContent(/Never call a phone number from a search result/);
    expect(section.closest('.needs-js')).toBeNull();
  });

  it.each([
    ['PS032', 'PS032'],
    ['QuickBooks error 15215', '15215'],
    ['OLSU-1013', 'OLSU-1013'],
  ])(
    'a search for %j says plainly it is not covered yet, and how to reach Intuit',
    async (typed, code) => {
      const user = renderIsland();
      await search(user, typed);
      expect(openPage).not.toHaveBeenCalled();
      const heading = screen.getByRole('heading', {
        level: 2,
        name: `${site.name} doesn’t cover ${code} yet`,
      });
      const section = heading.closest('section');
      expect(section).not.toBeNull();
      if (!section) return;
      expect(within(section).queryAllByRole('link')).toEqual([]);
      expect(
        within(section).getByRole('heading', { name: 'How to reach Intuit safely' }),
      ).toBeVisible();
      expect(section).toHaveTextContent(/open its Help menu/);
      expect(section).toHaveTextContent(/Never call a phone number from a search result/);
      expect(screen.getByRole('status')).toHaveTextContent(`No page for ${code} yet`);
    },
  );
});

describe('the search island', () => {
  it('asks which message a bare 202 was, each choice saying where it appears', async () => {
    const user = renderIsland();
    await search(user, '202');
    expect(window.location.search).toBe('?q=202');
    expect(screen.getByRole('heading', { name: 'Which of these did you see?' })).toBeVisible();
    const choices = screen.getByRole('list', { name: 'Which of these did you see?' });
    expect(
      within(choices)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['/errors/202', '/errors/h202', '/errors/ol-202']);
    expect(within(choices).getByText('When you switch to multi-user mode')).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('3 messages use the number 202');
  });

  it('opens the page of an exact code directly, keeping the search for Back', async () => {
    const user = renderIsland();
    await search(user, 'OL-202');
    expect(openPage).toHaveBeenCalledWith('/errors/ol-202');
    expect(window.location.search).toBe('?q=OL-202');
  });

  it('ranks errors by the words of the message', async () => {
    const user = renderIsland();
    await search(user, 'bank feed maintenance');
    const list = screen.getByRole('list', { name: 'Matching errors' });
    expect(within(list).getAllByRole('link')[0]).toHaveAttribute('href', '/errors/102');
  });

  it('answers an unknown code with the closest codes', async () => {
    const user = renderIsland();
    await search(user, 'Error 999');
    expect(screen.getByRole('heading', { name: /have a page for “Error 999”/ })).toBeVisible();
    const closest = screen.getByRole('list', { name: 'Closest matches' });
    expect(within(closest).getByRole('link', { name: /9999/ })).toBeVisible();
  });

  it('says plainly when no words match', async () => {
    const user = renderIsland();
    await search(user, 'purple elephant');
    expect(
      screen.getByRole('heading', { name: 'Nothing matched “purple elephant”' }),
    ).toBeVisible();
    expect(screen.queryByRole('list', { name: 'Closest matches' })).toBeNull();
  });

  it('shows typed markup as text only', async () => {
    const user = renderIsland();
    await search(user, 'purple <b>x</b><script>alert(1)</script>');
    expect(
      screen.getByRole('heading', { level: 2, name: /<script>alert\(1\)<\/script>/ }),
    ).toBeVisible();
    expect(document.querySelector('main script, b')).toBeNull();
  });

  it('reads the search from the address, so a link can be shared, and follows Back', async () => {
    renderIsland('/?q=202');
    expect(
      await screen.findByRole('heading', { name: 'Which of these did you see?' }),
    ).toBeVisible();
    expect(screen.getByRole('searchbox')).toHaveValue('202');
    act(() => {
      window.history.pushState(null, '', '/?q=payroll');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(screen.getByRole('searchbox')).toHaveValue('payroll');
  });

  it('keeps support-agent mode on its links', async () => {
    const user = renderIsland('/?mode=agent', 'agent');
    await search(user, 'OL-202');
    expect(openPage).toHaveBeenCalledWith('/errors/ol-202?mode=agent');
  });

  it('hydrates its prerendered HTML without a mismatch, then shows the search', async () => {
    window.history.replaceState(null, '', '/');
    const html = renderToString(<SearchIsland options={{ mode: 'owner' }} onHome />);
    window.history.replaceState(null, '', '/?q=202');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const onRecoverableError = vi.fn();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const root = await act(async () =>
      hydrateRoot(container, <SearchIsland options={{ mode: 'owner' }} onHome />, {
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
