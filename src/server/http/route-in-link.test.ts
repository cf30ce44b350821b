import { describe, expect, it } from 'vitest';
import { pageForRoute } from './route-in-link.ts';

/** A step page as the prerender writes it, for the route `83hv-01`, cut to what matters. */
const page = [
  '<!doctype html>',
  '<html lang="en">',
  '<head><title>Check the bank (step 3 of about 5) · Error 102 | Fixpath</title>',
  '<script data-entry="/assets/wizard.js" data-preload="" data-session="83hv-01">boot</script></head>',
  '<body><div id="root" data-prerendered-session="83hv-01">',
  '<a href="/errors/102/step/x?s=83hv-01&amp;mode=agent">Agent mode</a>',
  '<a href="/errors/102/map?s=83hv-01">See the map</a>',
  '<a href="/errors/102/step/y?s=83hv-010">Yes</a>',
  '<a href="/errors/102/step/z?s=83hv-011">No</a>',
  '<a href="/errors/102/step/start?s=83hv-">Start over</a>',
  '<a href="/errors/102">Back to the Error 102 guide</a>',
  '</div></body></html>',
].join('\n');

describe('a step page served for the route in its address', () => {
  it('carries that route in every link that extends its own, and hides its step number', () => {
    const served = pageForRoute(page, '83hv-_102_1');
    expect(served).toContain('<html data-route-pending lang="en">');
    expect(served).toContain('<title>Check the bank · Error 102 | Fixpath</title>');
    expect(served).toContain('data-session="83hv-_102_1"');
    expect(served).toContain('href="/errors/102/step/x?s=83hv-_102_1&amp;mode=agent"');
    expect(served).toContain('href="/errors/102/map?s=83hv-_102_1"');
    expect(served).toContain('href="/errors/102/step/y?s=83hv-_102_10"');
    expect(served).toContain('href="/errors/102/step/z?s=83hv-_102_11"');
    // Start over and the guide carry no answers: unchanged. So is what the wizard compares.
    expect(served).toContain('href="/errors/102/step/start?s=83hv-"');
    expect(served).toContain('href="/errors/102"');
    expect(served).toContain('data-prerendered-session="83hv-01"');
  });

  it('extends a route that begins with its own', () => {
    const served = pageForRoute(page, '83hv-011');
    expect(served).toContain('href="/errors/102/step/y?s=83hv-0110"');
    expect(served).toContain('href="/errors/102/map?s=83hv-011"');
  });

  it('leaves alone its own route, a route of the wrong shape, and pages that are not steps', () => {
    expect(pageForRoute(page, '83hv-01')).toBeUndefined();
    for (const hostile of ['', '83hv', '83HV-01', '83hv-01"><script>', `83hv-${'0'.repeat(65)}`]) {
      expect(pageForRoute(page, hostile), hostile).toBeUndefined();
    }
    expect(pageForRoute('<html lang="en"><a href="/?s=83hv-0">x</a></html>', '83hv-1')).toBe(
      undefined,
    );
  });
});
