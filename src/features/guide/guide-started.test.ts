// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { trackEvent } from '../../lib/events/track-event.ts';
import { countGuideStarts, STARTS_GUIDE } from './guide-started.ts';

vi.mock('../../lib/events/track-event.ts', () => ({ trackEvent: vi.fn() }));

describe('counting guides started from an error page', () => {
  it('counts a link that starts the guide, and no other', () => {
    document.body.innerHTML = `<a href="#s" ${STARTS_GUIDE}="102"><span>My bank's website…</span></a><a href="#o">Other</a>`;
    window.history.replaceState(null, '', '/errors/102?mode=agent');
    countGuideStarts(document);
    document.querySelector('span')?.click();
    document.querySelector<HTMLAnchorElement>('a[href="#o"]')?.click();
    expect(vi.mocked(trackEvent).mock.calls).toEqual([
      [{ kind: 'guide-started', error: '102', mode: 'agent' }],
    ]);
  });
});
