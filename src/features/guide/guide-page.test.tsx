import { encodeSession } from '../../engine/index.ts';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { fingerprint } from '../../engine/index.ts';
import { keptCopies } from '../../lib/storage/kept-copies.ts';
import { localStore } from '../../lib/storage/web-storage.ts';
import { fixture, fixtureTree, stepUrl } from '../../test-support/guided-fixture.ts';
import { downloads } from '../../test-support/downloads.ts';
import { rehydrateStores, resetStores } from '../../test-support/reset-stores.ts';
import { ChecklistPage } from './checklist-page.tsx';
import { GuidePage } from './guide-page.tsx';
import { ResumeBox } from './resume-island.tsx';
import { mount as mountTicks } from './ticks-island.ts';

const print = fingerprint(fixtureTree);
const saveRaw = (bySlug: unknown, version = 1): void =>
  localStorage.setItem('fixpath:progress', JSON.stringify({ state: { bySlug }, version }));
const savedAt = (answers: string, nodeId: string, fp = print, extra = {}) => ({
  tiny: { session: `${fp}-${answers}`, nodeId, fingerprint: fp, updatedAt: 1, ...extra },
});
/** The texts of the kept (set-aside) copies of saved progress, oldest first. */
const kept = (): string[] => keptCopies(localStore, 'fixpath:progress').map((copy) => copy.text);
const islandProps = (name: string): unknown =>
  JSON.parse(
    document.querySelector<HTMLElement>(`[data-island="${name}"]`)?.dataset['props'] ?? '',
  );

beforeEach(resetStores);

describe('guide page (rendered at build time)', () => {
  it('leads with the situations, each a link straight to the step that deals with it', () => {
    render(<GuidePage entry={fixture} options={{}} />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Error 900: a tiny example' }),
    ).toBeInTheDocument();
    const situations = within(
      screen.getByRole('region', { name: 'Which of these sounds like you?' }),
    );
    // Each records the situation as chosen (its index), standing for the answers it skips.
    const chose = (nodeId: string, answers: number[], index: number) =>
      `/errors/tiny/step/${nodeId}?s=${encodeSession(fixtureTree, { answers, situation: { index, implied: answers.length } })}`;
    expect(situations.getByRole('link', { name: 'The website is down.' })).toHaveAttribute(
      'href',
      chose('wait', [0], 0),
    );
    expect(situations.getByRole('link', { name: 'It fails only now and then.' })).toHaveAttribute(
      'href',
      chose('refresh', [1], 1),
    );
    expect(situations.getByRole('link', { name: /I don’t know: guide me/ })).toHaveAttribute(
      'href',
      stepUrl('ask', []),
    );
  });

  it('renders every section of the guide, top to bottom', () => {
    render(<GuidePage entry={fixture} options={{}} />);
    const h2s = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(h2s).toEqual([
      'Reach Intuit through QuickBooks',
      'Try these meanwhile',
      'Or bring in an expert',
      'Watch out for scams',
      'Which of these sounds like you?',
      'At a glance',
      'The quick fix',
      'How to fix it',
      'What causes it',
      'Is your data at risk?',
      'What is going on behind the scenes',
      'What it costs to wait',
      'When it is more serious',
      'When to call an expert',
      'What a professional will do',
      'What it may cost',
      'Watch out for scams',
      'What Error 900 is, and what it is not',
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
      stepUrl('refresh', [1]),
    );
    expect(screen.getByText('Most likely, about 70%')).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'QuickBooks Desktop 2024' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Every fix on one page, with boxes/ })).toHaveAttribute(
      'href',
      '/errors/tiny/checklist',
    );
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('offers a deadline lane above the situations: Intuit, an expert with the scam warning, and fixes to try', async () => {
    const html = renderToString(<GuidePage entry={fixture} options={{}} />);
    // Served as a closed disclosure, so it works without JavaScript and the guide goes on below.
    expect(html).toMatch(/<details[^>]*data-deadline-lane="tiny"[^>]*><summary>/);
    expect(html.indexOf('data-deadline-lane')).toBeLessThan(html.indexOf('sounds-like-title'));
    render(<GuidePage entry={fixture} options={{}} />);
    const summary = screen.getByText('Payroll or a filing due within a day?');
    const lane = summary.closest('details');
    expect(lane).not.toHaveAttribute('open');
    await userEvent.click(summary);
    expect(lane).toHaveAttribute('open');
    const inLane = within(lane as HTMLElement);
    expect(inLane.getByRole('heading', { name: 'Reach Intuit through QuickBooks' })).toBeVisible();
    expect(inLane.getByText(/open its Help menu/)).toBeInTheDocument();
    // The scam warning is said once in the lane, after the route to Intuit, the fixes and the expert.
    expect(inLane.queryByText(/Never call a phone number/)).not.toBeInTheDocument();
    const headings = inLane.getAllByRole('heading').map((h) => h.textContent);
    expect(headings).toEqual([
      'Reach Intuit through QuickBooks',
      'Try these meanwhile',
      'Or bring in an expert',
      'Watch out for scams',
    ]);
    expect(inLane.getByRole('heading', { name: 'Watch out for scams' })).toBeInTheDocument();
    expect(inLane.getByRole('link', { name: /when to call an expert/i })).toHaveAttribute(
      'href',
      '#expert',
    );
    expect(screen.getByRole('heading', { name: 'When to call an expert' })).toHaveAttribute(
      'id',
      'expert',
    );
    // The quick fix, with what it rests on, as in "The quick fix" below.
    expect(inLane.getByText('Press Update again.')).toHaveTextContent(/From Intuit’s help/);
    expect(
      within(screen.getByRole('region', { name: 'The quick fix' })).getByText('From Intuit’s help'),
    ).toBeInTheDocument();
    // The same links as "sounds like me": the situation recorded as chosen, no answers as given.
    const chose = (nodeId: string, answers: number[], index: number) =>
      `/errors/tiny/step/${nodeId}?s=${encodeSession(fixtureTree, { answers, situation: { index, implied: answers.length } })}`;
    expect(inLane.getByRole('link', { name: 'The server is down' })).toHaveAttribute(
      'href',
      chose('wait', [0], 0),
    );
    expect(inLane.getByRole('link', { name: 'Stale cache' })).toHaveAttribute(
      'href',
      chose('refresh', [1], 1),
    );
  });

  it('keeps agent mode in every link of its agent view', () => {
    render(<GuidePage entry={fixture} options={{ mode: 'agent' }} />);
    for (const link of screen.getAllByRole('link')) {
      const href = link.getAttribute('href') ?? '';
      if (href.startsWith('/')) expect(href).toContain('mode=agent');
    }
  });

  it('gives its islands what they need, and reads no storage while rendering', () => {
    saveRaw(savedAt('1', 'refresh'));
    const html = renderToString(<GuidePage entry={fixture} options={{}} />);
    expect(html).not.toContain('Continue where you left off');
    render(<GuidePage entry={fixture} options={{}} />);
    expect(islandProps('resume')).toEqual({
      slug: 'tiny',
      fingerprint: print,
      start: stepUrl('ask', []),
    });
    expect(islandProps('link-notice')).toEqual({
      slug: 'tiny',
      code: '900',
      start: stepUrl('ask', []),
    });
  });
});

describe('checklist page', () => {
  it('says what causes, fixes, steps and prices rest on, and warns about scams', () => {
    const nodes = fixture.tree.nodes.map((node) =>
      node.kind === 'fix'
        ? {
            ...node,
            basis: 'third-party' as const,
            steps: node.steps.map((step, i) => ({
              ...step,
              basis: i === 0 ? ('third-party' as const) : ('ours' as const),
            })),
          }
        : node,
    );
    const [first, ...rest] = fixture.causes;
    const entry = {
      ...fixture,
      causes: first ? [{ ...first, basis: 'intuit' as const }, ...rest] : rest,
      expert: {
        ...fixture.expert,
        costs: fixture.expert.costs.map((c) => ({ ...c, basis: 'third-party' as const })),
      },
      tree: { ...fixture.tree, nodes },
    };
    render(<GuidePage entry={entry} options={{}} />);
    const causes = screen.getByRole('region', { name: 'What causes it' });
    expect(within(causes).getByText('From Intuit’s help')).toBeVisible();
    expect(screen.getByText(/\(Reported by third parties\)/)).toBeVisible();
    // Once by the expert, and once in the deadline lane.
    const scams = screen.getAllByRole('note', { name: 'Watch out for scams' });
    expect(scams).toHaveLength(2);
    for (const scam of scams) {
      expect(scam).toHaveTextContent(/phone numbers/);
      expect(scam).toHaveTextContent(
        /remote access .* called you, or whom you found through a search/,
      );
      expect(scam).toHaveTextContent(/Tool\s+Hub or File Doctor, only from intuit\.com/);
    }
    render(<ChecklistPage entry={entry} options={{}} address="https://help.example/x" />);
    const fix = screen.getByRole('region', { name: 'Refresh the feed' });
    // Once for the fix; a step only where it differs from the fix.
    expect(within(fix).getAllByText('Reported by third parties')).toHaveLength(1);
    expect(within(fix).getAllByText('Our advice')).toHaveLength(1);
  });

  it('lists every fix with plain boxes to tick, a print button and its address', () => {
    render(
      <ChecklistPage
        entry={fixture}
        options={{}}
        address="https://help.example/errors/tiny/checklist"
      />,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Every fix for Error 900, to tick off or print',
    );
    const box = screen.getByRole('checkbox', { name: 'Deactivate the account.' });
    expect(box).not.toBeChecked();
    expect(box).toHaveAttribute('data-check-key', `tiny:${print}:refresh:1`);
    expect(screen.getByRole('button', { name: 'Print this checklist' })).toHaveAttribute(
      'data-action',
      'print',
    );
    expect(screen.getByText('https://help.example/errors/tiny/checklist')).toHaveAttribute(
      'data-fill',
      'address',
    );
  });
});

describe('the resume island', () => {
  const box = (fp = print) => (
    <ResumeBox slug="tiny" fingerprint={fp} start={stepUrl('ask', [])} options={{}} />
  );

  it('offers to continue where the person left off, or start again', async () => {
    saveRaw(savedAt('1', 'refresh', print, { step: 2, title: 'Refresh the feed' }));
    await rehydrateStores();
    render(box());
    const offer = within(await screen.findByRole('region', { name: 'Saved progress' }));
    expect(
      offer.getByRole('link', { name: 'Continue where you left off (step 2: Refresh the feed)' }),
    ).toHaveAttribute('href', stepUrl('refresh', [1]));
    expect(offer.getByRole('link', { name: 'Start again' })).toHaveAttribute(
      'href',
      stepUrl('ask', []),
    );
  });

  it('offers a step saved before titles were kept, by its number', async () => {
    saveRaw(savedAt('1', 'refresh'));
    await rehydrateStores();
    render(box());
    expect(
      await screen.findByRole('link', { name: 'Continue where you left off (step 2)' }),
    ).toBeInTheDocument();
  });

  it('sets aside progress saved for a changed guide, with a short notice', async () => {
    saveRaw(savedAt('1', 'refresh', 'zzzz'));
    await rehydrateStores();
    render(box());
    expect(
      await screen.findByText(
        /couldn’t restore your earlier progress because the guide has changed/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Saved progress' })).not.toBeInTheDocument();
    expect(kept()).toEqual([expect.stringContaining('zzzz-1')]);
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
    render(box());
    expect(await screen.findByText(/saved copy was damaged/)).toBeInTheDocument();
    expect(kept()).toEqual([raw]);
    expect(screen.getByRole('button', { name: 'Download what was kept (.txt)' })).toBeVisible();
  });

  it('sets aside progress saved by an older version of Fixpath, and says so', async () => {
    const raw = JSON.stringify({ state: { lastStep: '/errors/tiny/step/ask' }, version: 0 });
    localStorage.setItem('fixpath:progress', raw);
    await rehydrateStores();
    render(box());
    expect(await screen.findByText(/saved by an older version of Fixpath/)).toBeInTheDocument();
    expect(kept()).toEqual([raw]);
  });

  it('keeps junk found on two visits as two copies, and offers both', async () => {
    const user = userEvent.setup();
    const texts = downloads();
    localStorage.setItem('fixpath:progress', '{first junk');
    await rehydrateStores();
    localStorage.setItem('fixpath:progress', 'second junk');
    await rehydrateStores();
    render(box());
    expect(await screen.findByText(/saved copy was damaged/)).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(
      'the last 2 copies that could not be used are kept in this browser',
    );
    await user.click(screen.getByRole('button', { name: 'Download what was kept (.txt)' }));
    expect(screen.getByRole('status')).toHaveTextContent('Saved as a .txt file.');
    const [file] = await texts();
    expect(file?.name).toMatch(/^fixpath-kept-progress-\d{4}-\d\d-\d\d-\d{4}\.txt$/);
    expect(file?.text).toMatch(/Copy 1 of 2, set aside .+ UTC\n-+\n\{first junk\n/);
    expect(file?.text).toMatch(/Copy 2 of 2, set aside .+ UTC\n-+\nsecond junk\n/);
  });
});

describe('the ticks island', () => {
  it('says when earlier ticks could not be read, and offers what was kept', async () => {
    localStorage.setItem('fixpath:checks', '{"version":1,"state":{"ticked":"all"}}');
    await rehydrateStores();
    render(<ChecklistPage entry={fixture} options={{}} address="/errors/tiny/checklist" />);
    const slot = document.querySelector<HTMLElement>('[data-island="ticks"]');
    if (!slot) throw new Error('no ticks slot');
    mountTicks(slot);
    expect(
      await screen.findByText('Your earlier ticks could not be read, so these boxes start empty.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download what was kept (.txt)' })).toBeVisible();
  });
});
