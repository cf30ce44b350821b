import type { Page } from '@playwright/test';
import { readContentDir } from '../../src/content/read-content-dir.ts';

/** A static page, and whether it is a guided error's, a neighbouring code's or the site's own. */
export interface StaticPage {
  readonly path: string;
  readonly kind: 'site' | 'guided' | 'neighbour';
}

/**
 * Every static page (owner view): the front door, each error's page, and each guided error's
 * checklist and map. Read from the content, so new errors are covered automatically.
 */
export function staticPages(): StaticPage[] {
  const result = readContentDir(process.cwd(), 'content');
  if (!result.ok) throw new Error('content/ does not compile: run npm run check:content');
  return [
    { path: '/', kind: 'site' },
    { path: '/privacy', kind: 'site' },
    ...result.content.errors.flatMap((entry): StaticPage[] =>
      entry.kind === 'guided'
        ? [
            { path: `/errors/${entry.slug}`, kind: 'guided' },
            { path: `/errors/${entry.slug}/checklist`, kind: 'guided' },
            { path: `/errors/${entry.slug}/map`, kind: 'guided' },
          ]
        : [{ path: `/errors/${entry.slug}`, kind: 'neighbour' }],
    ),
  ];
}

/** The paths of every static page (see `staticPages`). */
export const staticPaths = (): string[] => staticPages().map((page) => page.path);

/** Collects console errors and uncaught exceptions for the life of the page. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Waits until the app has taken over the page (`<html data-app-ready>`): its work is done. */
export async function appReady(page: Page): Promise<void> {
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
}
