// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { countDeadlineLane, DEADLINE_LANE } from './deadline-lane-count.ts';

const toggled = (lane: HTMLDetailsElement, open: boolean): void => {
  lane.open = open;
  lane.dispatchEvent(new Event('toggle'));
};

describe('counting the deadline lane', () => {
  it('counts opening a lane once per page, with the page’s mode, and nothing else', () => {
    document.body.innerHTML = `<details ${DEADLINE_LANE}="202"><summary>Due?</summary><p>…</p></details><details><summary>Other</summary></details>`;
    window.history.replaceState(null, '', '/errors/202?mode=agent');
    const count = vi.fn();
    countDeadlineLane(document, count);
    const [lane, other] = [...document.querySelectorAll('details')];
    if (!lane || !other) throw new Error('fixture');
    toggled(other, true);
    expect(count).not.toHaveBeenCalled();
    toggled(lane, true);
    toggled(lane, false);
    toggled(lane, true);
    expect(count.mock.calls).toEqual([['202', 'agent']]);
  });
});
