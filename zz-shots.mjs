import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--disable-quic'] });
const shots = [
  ['home', '/'], ['home-202', '/?q=202'], ['e102', '/errors/102'], ['h202', '/errors/h202'],
];
for (const [w, scheme] of [[390, 'light'], [1280, 'dark']]) {
  const page = await browser.newPage({ viewport: { width: w, height: 900 }, colorScheme: scheme });
  for (const [name, url] of shots) {
    await page.goto('http://localhost:4199' + url); await page.waitForLoadState('networkidle');
    await page.screenshot({ path: `/tmp/shots-main/${name}-${w}.png`, fullPage: name !== 'e102' });
  }
  await page.goto('http://localhost:4199/errors/102');
  await page.getByRole('link', { name: /fix it step by step/i }).first().click();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `/tmp/shots-main/step1-${w}.png`, fullPage: true });
  await page.getByRole('link', { name: /yes, straight away/i }).or(page.getByRole('button', { name: /yes, straight away/i })).first().click();
  await page.getByRole('link', { name: /^no/i }).or(page.getByRole('button', { name: /^no/i })).first().click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/shots-main/wait-${w}.png`, fullPage: true });
  console.log(w, page.url());
}
await browser.close();
