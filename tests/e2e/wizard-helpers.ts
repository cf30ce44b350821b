import { expect, type Page } from '@playwright/test';
import { appReady } from './pages.ts';

export const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** Clicks an answer by its exact label and waits for the next step's URL. */
export async function choose(page: Page, label: string): Promise<void> {
  const before = page.url();
  await page
    .getByRole('list', { name: 'Choices' })
    .getByRole('link', { name: label, exact: true })
    .click();
  await expect(page).not.toHaveURL(before);
}

/** From an error's page, starts the guide and clicks each answer in turn. */
export async function walk(page: Page, slug: string, answers: readonly string[]): Promise<void> {
  await page.goto(`/errors/${slug}`);
  await page.getByRole('link', { name: 'Fix it step by step' }).click();
  await expect(page).toHaveURL(new RegExp(`/errors/${slug}/step/`));
  // The answers are clicked in the app, as a person does once it has started: a click before
  // that is a plain page load, which moves neither focus nor history the way the app does.
  await appReady(page);
  for (const label of answers) await choose(page, label);
}
