import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { guides } from '../../content/runtime/app-content.ts';
import { fingerprint } from '../../engine/index.ts';
import { trackEvent } from '../../lib/events/track-event.ts';
import { leavePage } from '../../lib/leave-page.ts';
import { progressStore } from '../../store/progress-store.ts';
import { fixtureTree, stepUrl } from '../../test-support/guided-fixture.ts';
import { renderWizard as renderApp } from '../../test-support/render-app.tsx';
import { downloads } from '../../test-support/downloads.ts';
import { rehydrateStores, resetStores } from '../../test-support/reset-stores.ts';

vi.mock('../../lib/leave-page.ts', () => ({ leavePage: vi.fn(), openPage: vi.fn() }));
vi.mock('../../lib/events/track-event.ts', () => ({ trackEvent: vi.fn() }));

const heading = () => screen.findByRole('heading', { level: 1 });
const choices = () => within(screen.getByRole('list', { name: 'Choices' }));

beforeEach(() => {
  vi.restoreAllMocks();
  resetStores();
  vi.mocked(leavePage).mockClear();
  vi.mocked(trackEvent).mockClear();
});

describe('step page', () => {
  it('shows a question with large answers, hints and progress', async () => {
    renderApp(stepUrl('ask', []));
    expect(await heading()).toHaveTextContent('Does it fail at once?');
    expect(screen.getByText('Think about the last time.')).toBeInTheDocument();
    expect(screen.getByText('Step 1 of about 4')).toBeInTheDocument();
    expect(choices().getByRole('link', { name: 'No' })).toHaveAccessibleDescription(
      'It takes a while.',
    );
    expect(choices().getByRole('link', { name: 'Not sure' })).toHaveAttribute(
      'href',
      stepUrl('refresh', [2]),
    );
    expect(screen.queryByRole('link', { name: 'Back' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the Error 900 guide' })).toBeInTheDocument();
  });

  it('answers by following links, moves focus to the new heading and announces it', async () => {
    const user = userEvent.setup();
    renderApp(stepUrl('ask', []));
    await heading();
    await user.click(choices().getByRole('link', { name: 'No' }));
    const h1 = await screen.findByRole('heading', { level: 1, name: 'Refresh the feed' });
    // Once the new step is painted (see src/lib/after-paint.ts).
    await waitFor(() => expect(h1).toHaveFocus());
    expect(screen.getByRole('status')).toHaveTextContent('Step 2 of about 3: Refresh the feed');
  });

  it('shows a fix with numbered steps, menu paths, risks and ticks that stay ticked', async () => {
    const user = userEvent.setup();
    const view = renderApp(stepUrl('refresh', [1]));
    await screen.findByRole('heading', { level: 1, name: 'Refresh the feed' });
    expect(screen.getAllByText('Before you do this')).toHaveLength(2);
    expect(screen.getByText('Back up first.')).toBeInTheDocument();
    const menu = screen.getByText('Bank Feeds Center', { selector: 'kbd' }).parentElement;
    expect(menu).toHaveTextContent(/^Go to: Banking > then Bank Feeds > then Bank Feeds Center$/);
    const box = screen.getByRole('checkbox', { name: 'Open the Bank Feeds Center.' });
    await user.click(box);
    expect(box).toBeChecked();
    expect(localStorage.getItem('fixpath:checks')).toContain(
      `tiny:${fingerprint(fixtureTree)}:refresh:0`,
    );
    view.unmount();
    renderApp(stepUrl('refresh', [1]));
    expect(
      await screen.findByRole('checkbox', { name: 'Open the Bank Feeds Center.' }),
    ).toBeChecked();
    expect(screen.getByRole('heading', { name: 'Did this fix it?' })).toBeInTheDocument();
    expect(choices().getByRole('link', { name: 'No, I still see the error' })).toHaveAttribute(
      'href',
      stepUrl('expert', [1, 1]),
    );
  });

  it('counts a wait from when it was first reached, on a return visit', async () => {
    const url = stepUrl('wait', [0]);
    const session = new URL(url, 'http://x').searchParams.get('s') ?? '';
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 2, 12, 0));
    onTestFinished(() => void vi.useRealTimers());
    const hourAgo = Date.now() - 60 * 60_000;
    progressStore.setState({
      bySlug: {
        tiny: {
          session,
          nodeId: 'wait',
          fingerprint: fingerprint(fixtureTree),
          updatedAt: hourAgo,
        },
      },
    });
    renderApp(url);
    await screen.findByRole('heading', { level: 1, name: 'The server is down' });
    const started = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' })
      .format(new Date(hourAgo))
      .toLowerCase()
      .replace(/\u202f/g, ' ');
    expect(screen.getByText(/You started waiting at/)).toHaveTextContent(
      `You started waiting at ${started}.`,
    );
  });

  it('shows a wait with the clock time to retry, what to do meanwhile and data safety', async () => {
    renderApp(stepUrl('wait', [0]));
    await screen.findByRole('heading', { level: 1, name: 'The server is down' });
    expect(screen.getByText(/Try again after \d{1,2}:\d{2}/)).toHaveTextContent(
      /between .+ and .+/,
    );
    expect(screen.getByRole('heading', { name: 'Your data is safe' })).toBeInTheDocument();
    expect(screen.getByText('Use the website.')).toBeInTheDocument();
    expect(choices().getByRole('link', { name: 'Still down' })).toHaveAttribute(
      'href',
      stepUrl('wait', [0, 1]),
    );
  });

  it('shows an escalation with the call to action, costs and a scam warning', async () => {
    renderApp(stepUrl('expert', [1, 1]));
    await screen.findByRole('heading', { level: 1, name: 'Call an expert' });
    expect(screen.getByText('Nothing worked.')).toBeInTheDocument();
    const cta = screen.getByRole('link', { name: 'Find a certified ProAdvisor' });
    expect(cta).toHaveAttribute('href', 'https://quickbooks.intuit.com/find-an-accountant/');
    expect(cta).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByRole('heading', { name: 'Watch out for scams' })).toBeInTheDocument();
    expect(screen.getByText('$100–$250')).toBeInTheDocument();
    // Only this route's reason, not every condition for calling an expert.
    expect(screen.queryByText('After two days.')).toBeNull();
    expect(screen.getByText('Read the logs.')).toBeInTheDocument();
    expect(screen.getByText('Step 3 of 3')).toBeInTheDocument();
  });

  it('shows a resolved step and keeps "Was this helpful?" in this browser', async () => {
    const user = userEvent.setup();
    renderApp(stepUrl('fixed', [0, 0]));
    await screen.findByRole('heading', { level: 1, name: 'Fixed' });
    expect(screen.getByText('Waiting for the server.')).toBeInTheDocument();
    expect(screen.getByText('Check the status page first.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Yes' }));
    expect(screen.getByText(/Thank you/)).toBeInTheDocument();
    expect(localStorage.getItem('fixpath:feedback')).toContain('"tiny:fixed":"yes"');
  });

  it('goes Back along the path taken and changes an earlier answer', async () => {
    renderApp(stepUrl('refresh', [0, 2]));
    await screen.findByRole('heading', { level: 1, name: 'Refresh the feed' });
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute(
      'href',
      stepUrl('wait', [0]),
    );
    const answers = within(screen.getByRole('region', { name: 'Your answers so far' }));
    expect(answers.getByText('Still failing')).toBeInTheDocument();
    expect(
      answers.getByRole('link', { name: 'Change your answer to “Does it fail at once?”' }),
    ).toHaveAttribute('href', stepUrl('ask', []));
    expect(screen.getByRole('link', { name: 'Start over' })).toHaveAttribute(
      'href',
      stepUrl('ask', []),
    );
  });

  it('saves where the user is', async () => {
    renderApp(stepUrl('wait', [0]));
    await screen.findByRole('heading', { level: 1, name: 'The server is down' });
    await waitFor(() =>
      expect(progressStore.getState().bySlug['tiny']).toMatchObject({
        nodeId: 'wait',
        session: stepUrl('wait', [0]).split('s=')[1],
        fingerprint: fingerprint(fixtureTree),
      }),
    );
  });

  it('keeps agent mode in every link it builds', async () => {
    renderApp(`${stepUrl('ask', [])}&mode=agent`);
    await heading();
    expect(choices().getByRole('link', { name: 'Yes' })).toHaveAttribute(
      'href',
      `${stepUrl('wait', [0])}&mode=agent`,
    );
  });
});

describe('a shared step link', () => {
  it('opened fresh part-way through, says where it leads and offers the start', async () => {
    renderApp(stepUrl('refresh', [1]));
    const note = await screen.findByRole('complementary', {
      name: 'Where this link has taken you',
    });
    expect(note).toHaveTextContent(
      /This link opens the Error 900 guide at step 2 of about 3\. 1 answer was already given/,
    );
    expect(within(note).getByRole('link', { name: /from the beginning/ })).toHaveAttribute(
      'href',
      stepUrl('ask', []),
    );
  });

  it('is not shown at the first step', async () => {
    renderApp(stepUrl('ask', []));
    await heading();
    expect(
      screen.queryByRole('complementary', { name: 'Where this link has taken you' }),
    ).toBeNull();
  });
});

describe('broken step links', () => {
  const print = fingerprint(fixtureTree);
  const cases: [string, string, string][] = [
    ['empty', '/errors/tiny/step/ask', 'link=empty'],
    ['too-long', `/errors/tiny/step/ask?s=${print}-${'0'.repeat(80)}`, 'link=too-long'],
    ['malformed', '/errors/tiny/step/ask?s=hello!', 'link=malformed'],
    ['content-changed', '/errors/tiny/step/ask?s=zzzz-0', 'link=content-changed'],
    ['invalid-answer', `/errors/tiny/step/ask?s=${print}-9`, 'link=invalid-answer&at=1'],
    ['past-the-end', `/errors/tiny/step/ask?s=${print}-1000`, 'link=past-the-end&at=3'],
    ['wrong-node', stepUrl('fixed', [1]).replace('/fixed?', '/expert?'), 'link=wrong-node'],
    ['unknown step', stepUrl('no-such-step', [1]), 'link=wrong-node'],
    [
      'another guide’s link (202’s answers, a step this guide has too)',
      `/errors/tiny/step/ask?s=${guides.find((g) => g.slug === '202')?.fingerprint ?? ''}-0`,
      'link=not-in-guide&guide=202',
    ],
  ];
  it.each(cases)(
    '%s: leaves for the error page, which says why (%s)',
    async (_kind, url, query) => {
      renderApp(url);
      expect(await screen.findByText('Opening the guide…')).toBeInTheDocument();
      expect(leavePage).toHaveBeenCalledWith(`/errors/tiny?${query}`);
      expect(screen.queryByRole('list', { name: 'Choices' })).not.toBeInTheDocument();
    },
  );

  it('keeps agent mode on the way to the error page', async () => {
    renderApp('/errors/tiny/step/ask?s=zzzz-0&mode=agent');
    await screen.findByText('Opening the guide…');
    expect(leavePage).toHaveBeenCalledWith('/errors/tiny?link=content-changed&mode=agent');
  });

  it('leaves for the error’s address (the not-found page) for an unknown error code', async () => {
    renderApp('/errors/nope/step/ask?s=0000-');
    await screen.findByText('Opening the guide…');
    expect(leavePage).toHaveBeenCalledWith('/errors/nope');
  });
});

describe('the tab title', () => {
  it('names the step, its number and the error', async () => {
    renderApp(stepUrl('refresh', [1]));
    await screen.findByRole('heading', { level: 1, name: 'Refresh the feed' });
    expect(document.title).toBe('Refresh the feed (step 2 of about 3) · Error 900 | Fixpath');
  });
});

describe('agent mode', () => {
  it('shows the digit that picks each answer, without changing its name', async () => {
    renderApp(`${stepUrl('ask', [])}&mode=agent`);
    await heading();
    const yes = choices().getByRole('link', { name: 'Yes' });
    expect(yes).toHaveTextContent(/^1Yes$/);
    expect(choices().getByRole('link', { name: 'Not sure' })).toHaveTextContent(/^3Not sure$/);
  });

  it("puts the answers first, before a question's help and a fix's steps; owners read first", async () => {
    const answersFirst = () => {
      const list = screen.getByRole('list', { name: 'Choices' });
      const text = screen.getByText(/Think about the last time|A refresh often helps/);
      return Boolean(list.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING);
    };
    for (const [url, agent] of [
      [`${stepUrl('ask', [])}&mode=agent`, true],
      [`${stepUrl('refresh', [1])}&mode=agent`, true],
      [stepUrl('ask', []), false],
      [stepUrl('refresh', [1]), false],
    ] as const) {
      const { unmount } = renderApp(url);
      await heading();
      expect(answersFirst(), url).toBe(agent);
      unmount();
    }
  });

  it('shows no digits to an owner', async () => {
    renderApp(stepUrl('ask', []));
    await heading();
    expect(choices().getByRole('link', { name: 'Yes' })).toHaveTextContent(/^Yes$/);
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

describe('saved data that cannot be read', () => {
  const download = () => screen.getByRole('button', { name: 'Download what was kept (.txt)' });

  it('on a fix: says the ticks start empty, and offers both junk copies kept', async () => {
    const user = userEvent.setup();
    const files = downloads();
    localStorage.setItem('fixpath:checks', 'junk one');
    await rehydrateStores();
    localStorage.setItem('fixpath:checks', JSON.stringify({ version: 1, state: { ticked: 3 } }));
    await rehydrateStores();
    renderApp(stepUrl('refresh', [1]));
    await screen.findByRole('heading', { level: 1, name: 'Refresh the feed' });
    const note = screen.getByText(/Your earlier ticks could not be read/).closest('[role="note"]');
    expect(note).toHaveTextContent('these boxes start empty');
    expect(note).toHaveTextContent('the last 2 copies that could not be used are kept');
    await user.click(download());
    const [file] = await files();
    expect(file?.name).toMatch(/^fixpath-kept-ticks-.+\.txt$/);
    expect(file?.text).toContain('junk one');
    expect(file?.text).toContain('{"version":1,"state":{"ticked":3}}');
  });

  it('on a step: says the saved place was set aside, and saves this one', async () => {
    localStorage.setItem('fixpath:progress', JSON.stringify({ version: 0, state: {} }));
    await rehydrateStores();
    renderApp(stepUrl('wait', [0]));
    await screen.findByRole('heading', { level: 1, name: 'The server is down' });
    expect(
      screen.getByText(/saved by an older version of Fixpath, so it was set aside/),
    ).toBeInTheDocument();
    expect(download()).toBeVisible();
    await waitFor(() => expect(progressStore.getState().bySlug['tiny']?.nodeId).toBe('wait'));
  });

  it('on an ending: says earlier answers to “Was this helpful?” were set aside', async () => {
    localStorage.setItem('fixpath:feedback', '<html>');
    await rehydrateStores();
    renderApp(stepUrl('fixed', [0, 0]));
    await screen.findByRole('heading', { level: 1, name: 'Fixed' });
    const helpful = screen.getByRole('region', { name: 'Was this helpful?' });
    expect(within(helpful).getByRole('note')).toHaveTextContent(
      'Your earlier answers here could not be read, so they were set aside.',
    );
  });

  it('says nothing when what was saved reads back fine', async () => {
    renderApp(stepUrl('refresh', [1]));
    await screen.findByRole('heading', { level: 1, name: 'Refresh the feed' });
    expect(screen.queryByText(/could not be read/)).toBeNull();
  });
});

describe('outcome events', () => {
  /** The events the wizard sent, in order. */
  const sentEvents = () => vi.mocked(trackEvent).mock.calls.map(([event]) => event);

  /** From the first question: "No", the fix fails, then Back to the fix. */
  async function fixFailsThenBack(user: ReturnType<typeof userEvent.setup>): Promise<void> {
    await user.click(choices().getByRole('link', { name: 'No' }));
    await screen.findByRole('heading', { level: 1, name: 'Refresh the feed' });
    await user.click(choices().getByRole('link', { name: 'No, I still see the error' }));
    await screen.findByRole('heading', { level: 1, name: 'Call an expert' });
    await user.click(screen.getByRole('link', { name: 'Back' }));
    await screen.findByRole('heading', { level: 1, name: 'Refresh the feed' });
  }

  it('counts every move the same way, read from the answers: step, answer, fix outcome, Back', async () => {
    const user = userEvent.setup();
    renderApp(stepUrl('ask', []));
    await heading();
    await fixFailsThenBack(user);
    await user.click(screen.getByRole('link', { name: 'Start over' }));
    await screen.findByRole('heading', { level: 1, name: 'Does it fail at once?' });
    const on = { error: 'tiny', mode: 'owner' };
    await waitFor(() =>
      expect(sentEvents()).toEqual([
        { kind: 'node-reached', ...on, node: 'ask' },
        { kind: 'answer', ...on, node: 'ask', choice: 1 },
        { kind: 'node-reached', ...on, node: 'refresh' },
        { kind: 'answer', ...on, node: 'refresh', choice: 1 },
        { kind: 'fix-outcome', ...on, node: 'refresh', fixed: false },
        { kind: 'node-reached', ...on, node: 'expert' },
        { kind: 'back', ...on, node: 'expert' },
        { kind: 'node-reached', ...on, node: 'refresh' },
        { kind: 'start-over', ...on },
        { kind: 'node-reached', ...on, node: 'ask' },
      ]),
    );
  });

  it('counts each step once in StrictMode, which runs every effect twice', async () => {
    const user = userEvent.setup();
    renderApp(stepUrl('ask', []), { strict: true });
    await heading();
    await user.click(choices().getByRole('link', { name: 'No' }));
    const h1 = await screen.findByRole('heading', { level: 1, name: 'Refresh the feed' });
    // Once the step is painted (its heading takes the focus then; see src/lib/after-paint.ts).
    await waitFor(() => expect(h1).toHaveFocus());
    const on = { error: 'tiny', mode: 'owner' };
    await waitFor(() =>
      expect(sentEvents()).toEqual([
        { kind: 'node-reached', ...on, node: 'ask' },
        { kind: 'answer', ...on, node: 'ask', choice: 1 },
        { kind: 'node-reached', ...on, node: 'refresh' },
      ]),
    );
  });

  it('counts a step left before it was painted, and the answer taken on it', async () => {
    // No frame is ever painted: every step is left before its paint (the quickest agent).
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    const user = userEvent.setup();
    renderApp(stepUrl('ask', []));
    await heading();
    await fixFailsThenBack(user);
    // Each step is counted as it is left; the one on screen is not painted yet, so not yet.
    const on = { error: 'tiny', mode: 'owner' };
    expect(sentEvents()).toEqual([
      { kind: 'node-reached', ...on, node: 'ask' },
      { kind: 'answer', ...on, node: 'ask', choice: 1 },
      { kind: 'node-reached', ...on, node: 'refresh' },
      { kind: 'answer', ...on, node: 'refresh', choice: 1 },
      { kind: 'fix-outcome', ...on, node: 'refresh', fixed: false },
      { kind: 'node-reached', ...on, node: 'expert' },
    ]);
  });

  it('counts "Was this helpful?"', async () => {
    const user = userEvent.setup();
    renderApp(stepUrl('fixed', [0, 0]));
    await screen.findByRole('heading', { level: 1, name: 'Fixed' });
    await user.click(screen.getByRole('button', { name: 'No' }));
    expect(trackEvent).toHaveBeenCalledWith({
      kind: 'helpful',
      error: 'tiny',
      mode: 'owner',
      node: 'fixed',
      helpful: false,
    });
  });
});
