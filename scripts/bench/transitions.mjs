// Time from clicking an answer to the next step's heading being painted, in Chromium, with the
// CPU slowed 4x (Chromium's own throttling, as Lighthouse's mobile profile assumes).
//
// In the page: a capturing click listener notes performance.now(); a MutationObserver sees the
// step change (its address and <h1>); then requestAnimationFrame + a MessageChannel message, which runs right after
// the frame that shows the new heading has been painted. Full page loads are never counted.

/* global window, document, location, history, addEventListener, MutationObserver, requestAnimationFrame -- the probe and the waits run in the page */

/** Runs in the page before any of its own scripts. */
function probe() {
  const samples = [];
  let clickedAt;
  let lastHeading;
  // The step on screen: its address and heading (two steps may share a title).
  const heading = () => `${location.href} ${document.querySelector('main h1')?.textContent ?? ''}`;
  addEventListener('click', () => (clickedAt = performance.now()), { capture: true });
  new MutationObserver(() => {
    const text = heading();
    if (text === lastHeading) return;
    lastHeading = text;
    if (clickedAt === undefined) return;
    const start = clickedAt;
    clickedAt = undefined;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => samples.push(performance.now() - start);
      channel.port2.postMessage(undefined);
    });
  }).observe(document, { subtree: true, childList: true, characterData: true });
  Object.defineProperty(window, '__fixpathTransitions', { value: samples });
}

/** A small seeded generator, so every run takes the same route. */
function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 * @param {{ count?: number, errors?: string[] }} [options]
 */
export async function measureTransitions(
  browser,
  origin,
  { count = 50, errors = ['102', '202'], cpuSlowdown = 4 } = {},
) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(probe);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  const random = seeded(102);
  const choices = page.locator('main ul[aria-label="Choices"] a');
  let walks = 0;
  const samples = [];
  const harvest = async () => {
    if (walks > 0) samples.push(...(await page.evaluate(() => window.__fixpathTransitions)));
  };

  const startWalk = async () => {
    await harvest();
    const slug = errors[walks++ % errors.length];
    await page.goto(`${origin}/errors/${slug}`);
    const href = await page.getByRole('link', { name: 'Fix it step by step' }).getAttribute('href');
    await page.goto(new URL(href ?? '', origin).href);
    await choices.first().waitFor();
  };

  await startWalk();
  for (let done = 0; done < count;) {
    const here = new URL(page.url()).pathname;
    const hrefs = await choices.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    // Only answers that lead to another step: a retry loop keeps the same heading.
    const onward = hrefs
      .map((href, index) => ({ index, path: new URL(href ?? '', origin).pathname }))
      .filter((c) => c.path !== here);
    if (onward.length === 0) {
      await startWalk();
      continue;
    }
    const pick = onward[Math.floor(random() * onward.length)];
    const before = await page.evaluate(() => window.__fixpathTransitions.length);
    await choices.nth(pick.index).click();
    await page.waitForFunction((n) => window.__fixpathTransitions.length > n, before);
    done += 1;
  }
  await harvest();
  await context.close();
  const sorted = samples.slice(0, count).sort((a, b) => a - b);
  return {
    count: sorted.length,
    cpuSlowdown,
    medianMs: quantile(sorted, 0.5),
    p95Ms: quantile(sorted, 0.95),
  };
}

/**
 * The floor under that figure: the same probe and CPU slowdown on a plain page (the source
 * article) whose link only swaps its heading's text and address, with no framework at all. What
 * this takes is the browser's own frame (waiting for it, style, paint); no app can go below it.
 *
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url a plain page with a <main> and an <h1> in it
 * @param {{ count?: number, cpuSlowdown?: number }} [options]
 */
export async function measureTransitionFloor(browser, url, { count = 50, cpuSlowdown = 4 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(probe);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await page.goto(url);
  await page.evaluate(() => {
    const heading = document.querySelector('main h1') ?? document.querySelector('h1');
    const link = document.createElement('a');
    link.href = '#';
    link.id = 'bench-next';
    link.textContent = 'Next step';
    heading?.after(link);
    let step = 0;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      step += 1;
      history.pushState(null, '', `?step=${step}`);
      if (heading) heading.textContent = `Step ${step}`;
    });
  });
  for (let done = 0; done < count; done++) {
    await page.click('#bench-next');
    await page.waitForFunction((n) => window.__fixpathTransitions.length > n, done);
  }
  const sorted = (await page.evaluate(() => window.__fixpathTransitions)).sort((a, b) => a - b);
  await context.close();
  return { count: sorted.length, medianMs: quantile(sorted, 0.5), p95Ms: quantile(sorted, 0.95) };
}
