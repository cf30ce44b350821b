// What a first visit downloads: every response of one page load in a fresh browser context (empty
// cache), summed by kind. Bytes are as transferred (gzip from the server, dist-server/main.js), bodies only.

/** @param {string} contentType */
function kindOf(contentType) {
  if (contentType.includes('text/html')) return 'html';
  if (contentType.includes('javascript')) return 'js';
  if (contentType.includes('text/css')) return 'css';
  return 'other';
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @returns {Promise<{ html: number, js: number, css: number, other: number, files: { url: string, kind: string, bytes: number }[] }>}
 */
export async function measureFirstVisit(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pending = [];
  page.on('requestfinished', (request) => {
    pending.push(
      (async () => {
        const response = await request.response();
        const sizes = await request.sizes();
        const kind = kindOf(response?.headers()['content-type'] ?? '');
        return { url: request.url(), kind, bytes: sizes.responseBodySize };
      })(),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const files = await Promise.all(pending);
  await context.close();
  const total = { html: 0, js: 0, css: 0, other: 0 };
  for (const file of files) total[file.kind] += file.bytes;
  return { ...total, files };
}
