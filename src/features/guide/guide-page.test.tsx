import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../app/app.tsx';
import { fingerprint } from '../../engine/index.ts';
import { fixtureTree, stepUrl } from '../../test-support/guided-fixture.ts';
import { renderApp } from '../../test-support/render-app.tsx';
import { rehydrateStores, resetStores } from '../../test-support/reset-stores.ts';

const print = fingerprint(fixtureTree);
const saveRaw = (bySlug: unknown, version = 1): void =>
  localStorage.setItem('fixpath:progress', JSON.stringify({ state: { bySlug }, version }));
const savedAt = (answers: string, nodeId: string, fp = print) => ({
  tiny: { session: `${fp}-${answers}`, nodeId, fingerprint: fp, updatedAt: 1 },
});

beforeEach(resetStores);
afterEach(() => vi.restoreAllMocks());

describe('guide page', () => {
  it('renders every section of the guide, top to bottom', async () => {
    renderApp('/errors/tiny');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Error 900: a tiny example' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Fix it step by step' })).toHaveAttribute(
      'href',
      stepUrl('ask', []),
    );
    const h2s = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(h2s).toEqual([
      'At a glance',
      'The quick fix',
      'What Error 900 is, and what it is not',
      'What causes it',
      'Is your data at risk?',
      'What is going on behind the scenes',
      'What it costs to wait',
      'When it is more serious',
      'How to fix it',
      'If you need to wait',
      'When to call an expert',
      'What a professional will do',
      'What it may cost',
      'Which QuickBooks Desktop years are supported',
      'What to expect',
      'Related errors',
      'Sources',
    ]);
    for (const link of screen.getAllByRole('link', { name: 'Error 102' })) {
      expect(link).toHaveAttribute('href', '/errors/102');
    }
    expect(screen.getByRole('link', { name: 'How to fix it: Refresh the feed' })).toHaveAttribute(
      'href',
      '#fix-refresh',
    );
    expect(document.getElementById('fix-refresh')).toBeInTheDocument();
    expect(screen.getByText('Most likely, about 70%')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Deactivate the account.' })).not.toBeChecked();
    expect(screen.getByRole('rowheader', { name: 'QuickBooks Desktop 2024' })).toBeInTheDocument();
    expect(
      screen.getByText(/Printed from https:\/\/fixpath.example\/errors\/tiny/),
    ).toBeInTheDocument();
  });

  it('prints the checklist', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    renderApp('/errors/tiny');
    await userEvent.click(await screen.findByRole('button', { name: 'Print this checklist' }));
    expect(print).toHaveBeenCalled();
  });

  it('prerenders without reading storage, so hydration matches', () => {
    saveRaw(savedAt('1', 'refresh'));
    const html = renderToString(
      <MemoryRouter initialEntries={['/errors/tiny']}>
        <App />
      </MemoryRouter>,
    );
    expect(html).toContain('Fix it step by step');
    expect(html).not.toContain('Continue where you left off');
  });
});

describe('saved progress on the guide page', () => {
  it('offers to continue where the user left off, or start again', async () => {
    saveRaw(savedAt('1', 'refresh'));
    await rehydrateStores();
    renderApp('/errors/tiny');
    const offer = within(await screen.findByRole('region', { name: 'Saved progress' }));
    expect(
      offer.getByRole('link', { name: 'Continue where you left off (step 2: Refresh the feed)' }),
    ).toHaveAttribute('href', stepUrl('refresh', [1]));
    expect(offer.getByRole('link', { name: 'Start again' })).toHaveAttribute(
      'href',
      stepUrl('ask', []),
    );
  });

  it('sets aside progress saved for a changed guide, with a short notice', async () => {
    saveRaw(savedAt('1', 'refresh', 'zzzz'));
    await rehydrateStores();
    renderApp('/errors/tiny');
    expect(
      await screen.findByText(
        /couldn’t restore your earlier progress because the guide has changed/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Saved progress' })).not.toBeInTheDocument();
    expect(localStorage.getItem('fixpath:progress:tiny:set-aside')).toContain('zzzz-1');
  });

  it('sets aside progress that no longer leads where it says', async () => {
    saveRaw(savedAt('1', 'fixed'));
    await rehydrateStores();
    renderApp('/errors/tiny');
    expect(await screen.findByText(/because the guide has changed/)).toBeInTheDocument();
  });

  it.each([
    ['not JSON', '{oops'],
    [
      'the wrong shape',
      JSON.stringify({ state: { bySlug: { tiny: { session: 5 } } }, version: 1 }),
    ],
    ['an unknown version', JSON.stringify({ state: { bySlug: {} }, version: 99 })],
  ])('sets aside saved data that is %s, never crashing', async (_case, raw) => {
    localStorage.setItem('fixpath:progress', raw);
    await rehydrateStores();
    renderApp('/errors/tiny');
    expect(await screen.findByText(/saved copy was damaged/)).toBeInTheDocument();
    expect(localStorage.getItem('fixpath:progress:set-aside')).toBe(raw);
    expect(screen.getByRole('link', { name: 'Fix it step by step' })).toBeInTheDocument();
  });

  it('sets aside progress saved by an older version of Fixpath, and says so', async () => {
    const raw = JSON.stringify({ state: { lastStep: '/errors/tiny/step/ask' }, version: 0 });
    localStorage.setItem('fixpath:progress', raw);
    await rehydrateStores();
    renderApp('/errors/tiny');
    expect(await screen.findByText(/saved by an older version of Fixpath/)).toBeInTheDocument();
    expect(localStorage.getItem('fixpath:progress:set-aside')).toBe(raw);
  });
});

describe('when storage is switched off or full', () => {
  it('still works, with a quiet notice that progress cannot be saved', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await rehydrateStores();
    renderApp(stepUrl('refresh', [1]));
    await screen.findByRole('heading', { level: 1, name: 'Refresh the feed' });
    expect(await screen.findByText(/not letting us save your progress/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Open the Bank Feeds Center.' }));
    expect(screen.getByRole('checkbox', { name: 'Open the Bank Feeds Center.' })).toBeChecked();
    await userEvent.click(screen.getByRole('link', { name: 'Yes, the error is gone' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Fixed' })).toBeInTheDocument();
  });
});
