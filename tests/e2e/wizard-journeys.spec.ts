import { expect, test } from '@playwright/test';
import { NOT_FIXED } from './wizard-causes.ts';
import { choose, h1, walk } from './wizard-helpers.ts';

const FIRST = 'Does Error 102 appear as soon as you click Update?';
const SIGN_IN = "Can you sign in to your bank's website in a web browser?";
const NOTICES = "Clear any notice waiting on your bank's website";
const RETRY = 'Update three times, a minute apart';

test('a deep link to a middle step opens the same step in a fresh browser', async ({
  page,
  browser,
}) => {
  await walk(page, '102', ['Yes, straight away', 'Yes', NOT_FIXED]);
  await expect(h1(page)).toHaveText(RETRY);
  const link = page.url();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(h1(other)).toHaveText(RETRY);
  await expect(other.locator('.step__label')).toContainText('Step 4 of about');
  await expect(
    other.getByRole('complementary', { name: 'Where this link has taken you' }),
  ).toContainText('at step 4 of about');
  const answers = other.getByRole('region', { name: 'Your answers so far' });
  await expect(answers.getByText('Yes, straight away')).toBeVisible();
  await other.getByRole('link', { name: 'Back', exact: true }).click();
  await expect(h1(other)).toHaveText(NOTICES);
  await fresh.close();
});

test('browser back and forward move between steps; focus follows', async ({ page }) => {
  await walk(page, '102', ['Yes, straight away']);
  await expect(h1(page)).toHaveText(SIGN_IN);
  await expect(h1(page)).toBeFocused();
  await choose(page, 'Yes');
  await expect(h1(page)).toHaveText(NOTICES);
  await page.goBack();
  await expect(h1(page)).toHaveText(SIGN_IN);
  await page.goBack();
  await expect(h1(page)).toHaveText(FIRST);
  await page.goForward();
  await expect(h1(page)).toHaveText(SIGN_IN);
  await page.goForward();
  await expect(h1(page)).toHaveText(NOTICES);
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toBeVisible();
});

test('refresh keeps the step, and the error page offers to resume', async ({ page }) => {
  await walk(page, '102', ['Yes, straight away', 'Yes']);
  const stepUrl = page.url();
  await page.reload();
  await expect(h1(page)).toHaveText(NOTICES);
  await page.goto('/errors/102');
  const resume = page.getByRole('link', {
    name: `Continue where you left off (step 3: ${NOTICES})`,
  });
  await expect(resume).toBeVisible();
  await resume.click();
  await expect(page).toHaveURL(stepUrl);
  await expect(h1(page)).toHaveText(NOTICES);
});

test('changing an earlier answer drops the answers after it', async ({ page }) => {
  await walk(page, '102', ['Yes, straight away', 'Yes', NOT_FIXED]);
  await expect(h1(page)).toHaveText(RETRY);
  await page.getByRole('link', { name: `Change your answer to “${SIGN_IN}”` }).click();
  await expect(h1(page)).toHaveText(SIGN_IN);
  const answers = page.getByRole('region', { name: 'Your answers so far' });
  await expect(answers.locator('dt')).toHaveCount(1);
  await choose(page, 'No');
  await expect(h1(page)).toHaveText("Your bank's server is down: give it 2 to 4 hours");
  await expect(answers.getByText('No', { exact: true })).toBeVisible();
  await expect(answers.getByText(NOTICES)).toHaveCount(0);
  await expect(page.getByText(/Try again after \d{1,2}:\d{2}/)).toBeVisible();
});

test('a tampered step link opens the error page, says so, and offers a fresh start', async ({
  page,
}) => {
  await walk(page, '102', ['Yes, straight away']);
  await page.goto(page.url().replace('/can-sign-in?', '/sync-reset?'));
  await expect(h1(page)).toContainText('Error 102');
  await expect(page.getByRole('alert')).toContainText('This step link does not match its answers');
  await page.getByRole('link', { name: 'Start the Error 102 guide from the beginning' }).click();
  await expect(h1(page)).toHaveText(FIRST);
  await page.goto('/errors/102/step/immediately?s=zzzz-01');
  await expect(page.getByRole('alert')).toContainText(
    'This link was made for an older version of this guide',
  );
});
