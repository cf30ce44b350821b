import { expect, test } from '@playwright/test';
import { causeJourneys, guidedSlugs } from './wizard-causes.ts';
import { h1, walk } from './wizard-helpers.ts';

// One journey per cause of every guided error: the owner answers as someone with that cause
// would, in at most two answers from the start of the guide; then the cause's own "sounds like
// me" link on the error page opens the same fix.
for (const slug of guidedSlugs()) {
  for (const journey of causeJourneys(slug)) {
    test(`${slug}: an owner whose cause is ${journey.cause} lands on ${journey.fixNode}`, async ({
      page,
    }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      expect(journey.answers.length, 'answers to this cause’s fix').toBeLessThanOrEqual(2);
      await walk(page, slug, journey.answers);
      await expect(page).toHaveURL(new RegExp(`/errors/${slug}/step/${journey.fixNode}\\?s=`));
      await expect(h1(page)).toHaveText(journey.fixTitle);
      await page.goto(`/errors/${slug}`);
      await page
        .getByRole('region', { name: 'Which of these sounds like you?' })
        .getByRole('link', { name: journey.situation, exact: true })
        .click();
      await expect(page).toHaveURL(new RegExp(`/errors/${slug}/step/${journey.fixNode}\\?s=`));
      await expect(h1(page)).toHaveText(journey.fixTitle);
      expect(errors).toEqual([]);
    });
  }
}
