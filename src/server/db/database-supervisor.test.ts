import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { memoryLogger } from '../log.ts';
import type { Database } from './database.ts';
import { DatabaseUnavailableError, superviseDatabase } from './database-supervisor.ts';

function fakeDb(state: { usable: boolean; closed: number }): Database {
  return {
    kind: 'embedded',
    query: async () => {
      if (!state.usable) throw new Error('Aborted()');
      return [{ n: 1 }];
    },
    execScript: async () => undefined,
    transaction: async (work) => work({ query: async () => [], execScript: async () => undefined }),
    sync: () => Promise.resolve(),
    usable: () => state.usable,
    close: async () => void (state.closed += 1),
  };
}

describe('database supervisor', () => {
  it('keeps trying to open, answering "unavailable" meanwhile, then serves', async () => {
    const log = memoryLogger();
    let attempts = 0;
    const state = { usable: true, closed: 0 };
    const supervisor = superviseDatabase({
      open: async () => {
        attempts += 1;
        if (attempts < 3) throw new Error('connect ECONNREFUSED');
        return fakeDb(state);
      },
      log,
      description: 'test database',
      firstRetryMs: 5,
    });
    expect(supervisor.state()).toBe('starting');
    await expect(supervisor.use((db) => db.query('select 1'))).rejects.toBeInstanceOf(
      DatabaseUnavailableError,
    );
    await supervisor.ready();
    expect(attempts).toBe(3);
    expect(await supervisor.use((db) => db.query('select 1'))).toEqual([{ n: 1 }]);
    expect(log.lines.filter((l) => l.includes('cannot open test database'))).toHaveLength(2);
    await supervisor.close();
    expect(supervisor.state()).toBe('closed');
    expect(state.closed).toBe(1);
  });

  it('opens an embedded database afresh when it stopped (a WebAssembly abort)', async () => {
    const log = memoryLogger();
    const states = [
      { usable: true, closed: 0 },
      { usable: true, closed: 0 },
    ];
    let opened = 0;
    const supervisor = superviseDatabase({
      open: async () => fakeDb(states[opened++] ?? { usable: true, closed: 0 }),
      log,
      description: 'test database',
      firstRetryMs: 5,
    });
    await supervisor.ready();
    if (states[0]) states[0].usable = false;
    await expect(supervisor.use((db) => db.query('select 1'))).rejects.toThrow('Aborted()');
    await supervisor.ready();
    expect(opened).toBe(2);
    expect(await supervisor.use((db) => db.query('select 1'))).toEqual([{ n: 1 }]);
    expect(log.lines.join('\n')).toContain('the embedded database stopped; opening it again');
    await supervisor.close();
  });

  it('stops retrying when closed, without waiting for the next attempt', async () => {
    // Fake timers: closing must settle while no time passes (a clock would fail on a busy machine).
    vi.useFakeTimers();
    onTestFinished(() => void vi.useRealTimers());
    const supervisor = superviseDatabase({
      open: () => Promise.reject(new Error('down')),
      log: memoryLogger(),
      description: 'test database',
      firstRetryMs: 60_000,
    });
    await vi.advanceTimersByTimeAsync(10);
    expect(vi.getTimerCount()).toBe(1);
    let closed = false;
    const closing = supervisor.close().then(() => void (closed = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(closed).toBe(true);
    await closing;
    expect(vi.getTimerCount()).toBe(0);
  });
});
