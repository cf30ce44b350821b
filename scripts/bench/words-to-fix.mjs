// Words a reader gets through before each cause's fix is on screen (issue 10), in Chromium:
// from landing on the error page, reading top to bottom, to the fix step's heading. Two routes
// per cause, and the cheaper one counts:
//   - "sounds like me": the error page down to the cause's situation link, then that step page
//     down to its heading (one click);
//   - the questions: the error page down to "I don't know", then each question page down to the
//     answer taken (the situation's own answers), then the fix page down to its heading.
// A third, for the causes the deadline lane offers (issue 22), is reported on its own: the error
// page with the lane opened, down to the cause's link in it, then that step page to its heading.
// Only text a sighted reader sees is counted (hidden elements and the skip link are not).

/* global document, NodeFilter, Node, getComputedStyle -- the counter runs in the page */

/** Runs in the page: visible words in document order before `target` (and its own, if asked). */
function wordsBefore({ selector, text, inclusive }) {
  const candidates = [...document.querySelectorAll(selector)];
  const target = text ? candidates.find((el) => el.textContent?.trim() === text) : candidates[0];
  if (!target) return -1;
  const visible = (el) => {
    for (let node = el; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden') return false;
      if (node.classList.contains('visually-hidden') || node.classList.contains('skip-link')) {
        return false;
      }
    }
    return true;
  };
  let words = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const inside = target.contains(node);
    const before = target.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING;
    if (!before && !(inclusive && inside)) continue;
    if (!node.parentElement || !visible(node.parentElement)) continue;
    words += (node.textContent ?? '').split(/\s+/).filter(Boolean).length;
  }
  return words;
}

async function count(page, selector, { text, inclusive = false } = {}) {
  const words = await page.evaluate(wordsBefore, { selector, text, inclusive });
  if (words < 0) throw new Error(`words-to-fix: no "${text ?? selector}" on ${page.url()}`);
  return words;
}

const ready = (page) => page.locator('html[data-app-ready]').waitFor({ state: 'attached' });

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 * @param {readonly { slug: string, code: string, causes: readonly { id: string, title: string, text: string, answers: readonly number[] }[] }[]} guides
 */
export async function measureWordsToFix(browser, origin, guides) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const rows = [];
  for (const guide of guides) {
    for (const cause of guide.causes) {
      // "Sounds like me".
      await page.goto(`${origin}/errors/${guide.slug}`);
      let situation = await count(page, '.situation', { text: cause.text, inclusive: true });
      await page.locator('.situation', { hasText: cause.text }).first().click();
      await ready(page);
      situation += await count(page, 'main h1');
      // The questions, with the answers that situation gives.
      await page.goto(`${origin}/errors/${guide.slug}`);
      let questions = await count(page, '.situation--guide', { inclusive: true });
      await page.locator('.situation--guide').click();
      await ready(page);
      for (const answer of cause.answers) {
        const choice = page.locator('main ul[aria-label="Choices"] a').nth(answer);
        const label = ((await choice.textContent()) ?? '').trim();
        questions += await count(page, 'main ul[aria-label="Choices"] a', {
          text: label,
          inclusive: true,
        });
        const heading = await page.locator('main h1').textContent();
        await choice.click();
        await page.waitForFunction(
          (before) => document.querySelector('main h1')?.textContent !== before,
          heading,
        );
      }
      questions += await count(page, 'main h1');
      // The deadline lane, opened, to this cause's fix (when the lane offers it).
      await page.goto(`${origin}/errors/${guide.slug}`);
      await ready(page);
      await page.locator('details[data-deadline-lane] > summary').click();
      const laneLink = page.locator('details[data-deadline-lane] a', { hasText: cause.title });
      let laneWords;
      if ((await laneLink.count()) > 0) {
        laneWords = await count(page, 'details[data-deadline-lane] a', {
          text: cause.title,
          inclusive: true,
        });
        await laneLink.first().click();
        await ready(page);
        laneWords += await count(page, 'main h1');
      }
      rows.push({
        slug: guide.slug,
        code: guide.code,
        cause: cause.id,
        answers: cause.answers.length,
        situationWords: situation,
        questionWords: questions,
        words: Math.min(situation, questions),
        laneWords,
      });
    }
  }
  await context.close();
  return rows;
}
