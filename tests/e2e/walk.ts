import { expect, type Page } from '@playwright/test';

/** The kinds of step a guided error can show (src/engine/types.ts). */
export const NODE_KINDS = ['question', 'fix', 'wait', 'escalation', 'resolved'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** The link at each step that leads on: one per answer or outcome. */
export const choiceLinks = (page: Page) => page.locator('main ul[aria-label="Choices"] a');

/** The first step's URL of a guided error, as its page links to it. */
export async function startHref(page: Page, slug: string): Promise<string> {
  await page.goto(`/errors/${slug}`);
  const link = page.getByRole('link', { name: 'Fix it step by step' });
  const href = await link.getAttribute('href');
  expect(href, `/errors/${slug} links to its first step`).toMatch(/\/step\//);
  return href ?? '';
}

/** The `s` (session) parameter of a step URL. */
export const sessionOf = (href: string): string =>
  new URL(href, 'http://localhost').searchParams.get('s') ?? '';

/** The kind of step on screen, once one is shown. */
export async function nodeKind(page: Page): Promise<string> {
  const step = page.locator('[data-node-kind]');
  await expect(step).toHaveCount(1);
  return (await step.getAttribute('data-node-kind')) ?? '';
}

/**
 * One step URL for each kind of step, found by walking the guides breadth-first from their
 * first steps (following the answers' links, as a user would).
 */
export async function stepUrlsByKind(
  page: Page,
  slugs: readonly string[] = ['102', '202'],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const queue: string[] = [];
  for (const slug of slugs) queue.push(await startHref(page, slug));
  const seen = new Set(queue);
  while (queue.length > 0 && found.size < NODE_KINDS.length) {
    const href = queue.shift() ?? '';
    await page.goto(href);
    const kind = await nodeKind(page);
    if (!found.has(kind)) found.set(kind, href);
    for (const next of await choiceLinks(page).evaluateAll((links) =>
      links.map((a) => a.getAttribute('href') ?? ''),
    )) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return found;
}
