import { expect, test } from '@playwright/test';
import { appReady } from './pages.ts';

// Records say only what happened (issue 22): a "sounds like me" situation is recorded as the
// situation chosen, never as answers to the questions it skipped; the owner's "Your answers so
// far" and the agent's call summary read the same record, Back included.

const TRIED = 'What have you tried so far?';

test('an owner who picks a situation sees "Chose", not the questions it skipped', async ({
  page,
}) => {
  await page.goto('/errors/202');
  const situations = page.getByRole('region', { name: 'Which of these sounds like you?' });
  const first = situations.getByRole('link').first();
  const text = ((await first.textContent()) ?? '').trim();
  await first.click();
  await appReady(page);
  await expect(page).toHaveURL(/\?s=[0-9a-z]{4}-_[0-9a-z]+_/);
  const answers = page.getByRole('region', { name: 'Your answers so far' });
  await expect(answers).toContainText(`Chose${text}`);
  await expect(answers).not.toContainText(TRIED);
  // Back goes where the person came from: the error's page, where the situation was chosen.
  await expect(page.getByRole('link', { name: 'Back', exact: true })).toHaveCount(0);
  await page.getByRole('link', { name: 'Back to the Error 202 guide' }).click();
  await expect(page).toHaveURL(/\/errors\/202$/);
  await expect(situations).toBeVisible();
});

test('the agent’s call summary says the situation chosen, then only the answers given', async ({
  page,
}) => {
  await page.goto('/errors/202?mode=agent');
  const situations = page.getByRole('region', { name: 'Which of these sounds like you?' });
  const link = situations.getByRole('link').nth(1);
  const text = ((await link.textContent()) ?? '').trim();
  await link.click();
  await appReady(page);
  await expect(page.getByRole('region', { name: /say to the caller/i })).toBeVisible();
  await page.keyboard.press('s');
  const summary = page.getByLabel('Call summary text');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(`Chose: ${text.split(' ')[0]}`);
  await expect(summary).not.toContainText(TRIED);
  await expect(summary).not.toContainText('time not recorded');
  // An answer given after the situation is recorded as given, with its time.
  const before = page.url();
  await page.keyboard.press('2');
  await expect(page).not.toHaveURL(before);
  await appReady(page);
  await page.keyboard.press('s');
  const after = page.getByLabel('Call summary text');
  await expect(after).toContainText(`Chose: ${text.split(' ')[0]}`);
  await expect(after).toContainText(/(Answer|Outcome): .+ \(at /);
  await expect(after).not.toContainText(TRIED);
});
