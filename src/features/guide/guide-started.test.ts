// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { trackEvent } from '../../lib/events/track-event.ts';
import { CHOOSES_SITUATION, countGuideStarts, STARTS_GUIDE } from './guide-started.ts';

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

  it('counts a situation chosen as itself, by its place in the list', () => {
    vi.mocked(trackEvent).mockClear();
    // A page of its own (the first test's listener is still on the global document).
    const page = document.implementation.createHTMLDocument('202');
    page.body.innerHTML = `<a href="#s" ${STARTS_GUIDE}="202" ${CHOOSES_SITUATION}="2">Old year</a><a href="#q" ${STARTS_GUIDE}="202">I don’t know</a><a href="#x" ${STARTS_GUIDE}="202" ${CHOOSES_SITUATION}="x">Tampered</a>`;
    window.history.replaceState(null, '', '/errors/202');
    countGuideStarts(page);
    for (const link of page.querySelectorAll('a')) link.click();
    expect(vi.mocked(trackEvent).mock.calls).toEqual([
      [{ kind: 'guide-started', error: '202', mode: 'owner' }],
      [{ kind: 'situation-chosen', error: '202', mode: 'owner', situation: 2 }],
      [{ kind: 'guide-started', error: '202', mode: 'owner' }],
      [{ kind: 'guide-started', error: '202', mode: 'owner' }],
    ]);
  });
});
