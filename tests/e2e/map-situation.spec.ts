import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { appReady } from './pages.ts';
import { choiceLinks } from './walk.ts';

// The map reads the same record as the step page (issue 22, items 3 and 5): a "sounds like me"
// situation is shown as the situation chosen, never as answers to the questions it skipped, and
// the map says the step page's own "Step N of about M".

/** On /errors/202, choose the situation "already signed out…", answer once, and open the map. */
async function mapAfterSituationAndOneAnswer(page: Page) {
  await page.goto('/errors/202');
  const situations = page.getByRole('region', { name: 'Which of these sounds like you?' });
  const chosen = situations.getByRole('link', { name: /already signed out of Intuit/ });
  const text = ((await chosen.textContent()) ?? '').trim();
  await chosen.click();
  await appReady(page);
  await expect(page).toHaveURL(/\?s=[0-9a-z]{4}-_[0-9a-z]+_$/);

  // One answer given after the situation: its fix did not work (a fix's second outcome), which
  // leads on to a question (the year, whose title ends in "?").
  const before = page.url();
  const answer = choiceLinks(page).nth(1);
  const answered = ((await answer.textContent()) ?? '').trim();
  await answer.click();
  await expect(page).not.toHaveURL(before);
  await appReady(page);
  const label = (await page.locator('.step__label').innerText()).match(
    /Step \d+ of (about )?\d+/,
  )?.[0];
  expect(label, 'the step page says its step number').toBeTruthy();
  const title = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
  expect(title, 'a question, so the map’s note must not add a full stop after its "?"').toMatch(
    /\?$/,
  );

  await page.getByRole('link', { name: 'See the map' }).click();
  await expect(page).toHaveURL(/\/errors\/202\/map\?s=[0-9a-z]{4}-_[0-9a-z]+_[0-9a-z]+$/);
  await appReady(page);
  return { text, answered, label, title };
}

test('after a situation and one answer, the map says "Chose" for the skipped questions and the step page’s number', async ({
  page,
}) => {
  const { text, answered, label, title } = await mapAfterSituationAndOneAnswer(page);

  // The same step number as the step page, and the title without a stray full stop.
  const here = page.locator('[data-map-note="here"]');
  await expect(here).toBeVisible();
  await expect(here).toContainText(`You are on ${label ?? ''}: ${title}`);
  await expect(here).not.toContainText('?.');
  await expect(here.locator('[data-map-here-chose] p').first()).toHaveText(`Chose: ${text}`);

  // The questions the situation stood for: "Chose", drawn apart from the answer given.
  const skipped = page.locator('.map-list li[data-edge-id].map-mark--chose');
  expect(await skipped.count()).toBeGreaterThan(0);
  for (const said of await skipped.locator(':scope > .map-list__said').all()) {
    await expect(said).toContainText(`Chose: ${text}`);
    await expect(said).not.toContainText('Your answer');
  }
  await expect(page.locator('.map-svg [data-edge-id].map-mark--chose')).toHaveCount(
    await skipped.count(),
  );
  // Only the one answer given is "Your answer", on the one green edge in each view.
  await expect(page.getByText('Your answer', { exact: true })).toHaveCount(1);
  const given = page.locator('.map-list li[data-edge-id].map-mark--path');
  await expect(given).toHaveCount(1);
  await expect(given.locator(':scope > .map-list__said')).toContainText(`If “${answered}”`);
  await expect(page.locator('.map-svg [data-edge-id].map-mark--path')).toHaveCount(1);
  await expect(page.locator('.map-here')).toBeVisible();

  // A step the situation skipped opens with the situation still recorded, not as answers given.
  const back = page.locator('.map-list li[data-node-id].map-mark--chose > p > a').last();
  await back.click();
  await appReady(page);
  const answers = page.getByRole('region', { name: 'Your answers so far' });
  await expect(answers).toContainText(`Chose${text}`);
});

test('axe: no WCAG 2.2 AA violation with a situation chosen, light and dark', async ({ page }) => {
  await mapAfterSituationAndOneAnswer(page);
  await expect(page.locator('.map-list li.map-mark--chose').first()).toBeVisible();
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    for (const v of results.violations) {
      found.push(`${colorScheme}: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
  }
  expect(found).toEqual([]);
});
