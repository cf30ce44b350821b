import { describe, expect, it } from 'vitest';
import { createBusyMeter } from './busy-meter.ts';

describe('the share of each second spent storing events', () => {
  it('allows events until the share is spent, and again once the window has moved on', async () => {
    let clock = 0;
    const meter = createBusyMeter(0.3, 1_000, () => clock);
    const work = (ms: number) => meter.time(async () => void (clock += ms));
    expect(meter.allows()).toBe(true);
    await work(200);
    expect(meter.allows()).toBe(true);
    await work(150);
    expect(meter.allows()).toBe(false);
    clock = 999;
    expect(meter.allows()).toBe(false);
    // The first 200 ms (begun at 0) have left the window: 150 ms of 300 remain counted.
    clock = 1_100;
    expect(meter.allows()).toBe(true);
  });

  it('never sheds when the share is 0 (PostgreSQL: the work is another process’s)', async () => {
    let clock = 0;
    const meter = createBusyMeter(0, 1_000, () => clock);
    await meter.time(async () => void (clock += 5_000));
    expect(meter.allows()).toBe(true);
  });
});
