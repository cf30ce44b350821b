import { expect, test } from '@playwright/test';
import { appReady, collectErrors } from './pages.ts';
import { stepUrlsByKind } from './content-routes.ts';

test('a copied step link opens the same step, with a note, in a fresh browser', async ({
  browser,
  baseURL,
}) => {
  const sender = await browser.newContext({
    permissions: ['clipboard-read', 'clipboard-write'],
    baseURL,
  });
  const page = await sender.newPage();
  await page.goto('/errors/102');
  await page.getByRole('link', { name: 'Fix it step by step' }).first().click();
  await page.getByRole('link', { name: /It lets me in, with nothing waiting/ }).click();
  await page.getByRole('link', { name: /All my accounts at this bank fail, or/ }).click();
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  await page.getByRole('button', { name: 'Copy link to this step' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  await sender.close();

  const receiver = await browser.newContext({ baseURL });
  const fresh = await receiver.newPage();
  const errors = collectErrors(fresh);
  await fresh.goto(copied);
  await expect(fresh.getByRole('heading', { level: 1 })).toHaveText(heading ?? '');
  const note = fresh.getByRole('complementary', { name: 'Where this link has taken you' });
  await expect(note).toContainText('This link opens the Error 102 guide at step 3');
  await expect(note).toContainText('2 answers were already given');
  await expect(fresh.getByText('It lets me in, with nothing waiting for me')).toBeVisible();
  await note.getByRole('link', { name: /from the beginning/ }).click();
  await expect(fresh).toHaveURL(/\/errors\/102\/step\/bank-website\?s=[0-9a-z]{4}-$/);
  expect(errors).toEqual([]);
  await receiver.close();
});

test('a share link cut short opens the error page with a plain note', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/errors/102');
  await page.getByRole('link', { name: 'Fix it step by step' }).first().click();
  await page.getByRole('link', { name: /It lets me in, with nothing waiting/ }).click();
  // The link lost its end when it was pasted: only two characters of the answers survive.
  const full = page.url();
  await page.goto(full.slice(0, full.indexOf('?s=') + 5));
  await expect(page.getByRole('alert')).toContainText(/link/i);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Error 102');
  await expect(
    page.getByRole('link', { name: 'Start the Error 102 guide from the beginning' }),
  ).toBeVisible();
  await expect(page.getByRole('list', { name: 'Choices' })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const code of ['102', '202']) {
    test(`the Error ${code} page reads in full and its links walk the guide`, async ({ page }) => {
      await page.goto(`/errors/${code}`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(`Error ${code}`);
      for (const section of ['Is your data at risk?', 'What it costs to wait', 'How to fix it']) {
        await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
      }
      // "I don't know": the first question, a real page; each answer another real page.
      await page.getByRole('link', { name: /I don’t know: guide me/ }).click();
      await expect(page.locator('[data-node-kind="question"]')).toHaveCount(1);
      const first = page.getByRole('list', { name: 'Choices' }).getByRole('link').first();
      const before = await page.getByRole('heading', { level: 1 }).textContent();
      await first.click();
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(before ?? '');
      await expect(page.locator('[data-node-kind]')).toHaveCount(1);
    });
  }

  test('no step page shows a button, which would do nothing without JavaScript', async ({
    page,
  }) => {
    for (const [kind, url] of stepUrlsByKind()) {
      for (const mode of ['', '&mode=agent']) {
        await page.goto(url + mode);
        await expect(page.locator(`[data-node-kind="${kind}"]`)).toHaveCount(1);
        expect(await page.locator('button:visible').allTextContents(), url + mode).toEqual([]);
      }
    }
  });

  test('the checklist page shows every fix with its steps', async ({ page }) => {
    await page.goto('/errors/102/checklist');
    const steps = page.locator('main ol.fix-steps li');
    expect(await steps.count()).toBeGreaterThan(5);
    await expect(page.getByText(/Bank Feeds/).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Print this checklist' })).toBeHidden();
  });

  test('the front door hides the search and lists every code instead', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('searchbox')).toBeHidden();
    await expect(
      page.getByText('Pick your error from the list below.', { exact: true }),
    ).toBeVisible();
    // No talk of typing a code above a list with no box to type it in.
    await expect(page.getByText(/Type the code/)).toBeHidden();
    await page.getByRole('list', { name: 'Errors we cover' }).getByRole('link').first().click();
    await expect(page).toHaveURL(/\/errors\/\d+$/);
  });
});

test('"Print this checklist" prints only the title, the checklists and the address', async ({
  page,
}) => {
  await page.goto('/errors/102/checklist');
  // The button is wired by the page's script: a click before it has started does nothing.
  await appReady(page);
  await page.evaluate(() => {
    window.print = () => {
      document.body.dataset['printedChecklist'] = String(
        document.documentElement.classList.contains('print-checklist'),
      );
    };
  });
  await page.getByRole('button', { name: 'Print this checklist' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed-checklist', 'true');
  await page.evaluate(() => document.documentElement.classList.add('print-checklist'));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'If you need to wait' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Every fix, as a checklist' })).toBeVisible();
  await expect(page.locator('main input[type="checkbox"]').first()).toBeVisible();
  await expect(page.getByText(/Printed from https?:\/\/\S+\/errors\/102/)).toBeVisible();
});

test('the fix procedures print as a clean checklist', async ({ page }) => {
  await page.goto('/errors/102/checklist');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.site-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print this checklist' })).toBeHidden();
  await expect(page.getByText(/Printed from https?:\/\/\S+\/errors\/102/)).toBeVisible();
  const boxes = page.locator('main input[type="checkbox"]');
  expect(await boxes.count()).toBeGreaterThan(5);
  await expect(boxes.first()).toBeVisible();
});
