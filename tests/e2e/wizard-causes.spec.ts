import { expect, test } from '@playwright/test';
import { appReady } from './pages.ts';
import { causeJourneys, guidedSlugs } from './wizard-causes.ts';
import { choose, h1 } from './wizard-helpers.ts';

// For every guided error, each cause two ways: an owner answers as someone with that cause would
// (at most two answers from the start of the guide), and the cause's own "sounds like me" link on
// the error page; both must open the cause's fix. One page per guide: the guide is started once
// and Back returns to its first question between causes, as a person would go back to try again.
for (const slug of guidedSlugs()) {
  test(`${slug}: every cause's answers and its "sounds like me" link land on its fix`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const journeys = causeJourneys(slug);
    const atFix = (journey: (typeof journeys)[number]) =>
      expect(page).toHaveURL(new RegExp(`/errors/${slug}/step/${journey.fixNode}\\?s=`));

    await page.goto(`/errors/${slug}`);
    await page.getByRole('link', { name: 'Fix it step by step' }).click();
    await expect(page).toHaveURL(new RegExp(`/errors/${slug}/step/`));
    await appReady(page);
    const firstQuestion = (await h1(page).textContent()) ?? '';
    for (const journey of journeys) {
      await test.step(`${journey.cause}: answers lead to ${journey.fixNode}`, async () => {
        expect(journey.answers.length, 'answers to this cause’s fix').toBeLessThanOrEqual(2);
        for (const label of journey.answers) await choose(page, label);
        await atFix(journey);
        await expect(h1(page)).toHaveText(journey.fixTitle);
        for (let i = 0; i < journey.answers.length; i++) await page.goBack();
        await expect(h1(page)).toHaveText(firstQuestion);
      });
    }

    await page.goto(`/errors/${slug}`);
    const situations = page.getByRole('region', { name: 'Which of these sounds like you?' });
    for (const journey of journeys) {
      await test.step(`${journey.cause}: "${journey.situation}" opens ${journey.fixNode}`, async () => {
        await situations.getByRole('link', { name: journey.situation, exact: true }).click();
        await atFix(journey);
        await expect(h1(page)).toHaveText(journey.fixTitle);
        await page.goBack();
        await expect(page).toHaveURL(new RegExp(`/errors/${slug}$`));
      });
    }
    expect(errors).toEqual([]);
  });
}
