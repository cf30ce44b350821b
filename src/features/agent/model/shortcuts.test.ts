import { describe, expect, it } from 'vitest';
import { shortcutFor, type KeyPress } from './shortcuts.ts';

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  typing: false,
  inDialog: false,
  ...more,
});

describe('shortcuts', () => {
  it('maps digits 1 to 9, B, R, N, S (either case) and ?', () => {
    expect(['1', '9', 'b', 'R', 'n', 'S', '?'].map((key) => shortcutFor(press(key)))).toEqual([
      { kind: 'digit', n: 1 },
      { kind: 'digit', n: 9 },
      { kind: 'back' },
      { kind: 'restart' },
      { kind: 'focus-notes' },
      { kind: 'summary' },
      { kind: 'help' },
    ]);
  });

  it('leaves 0, other keys, modified keys and typing alone (except Escape)', () => {
    expect(shortcutFor(press('0'))).toBeNull();
    expect(shortcutFor(press('x'))).toBeNull();
    expect(shortcutFor(press('constructor'))).toBeNull();
    expect(shortcutFor(press('1', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press('b', { typing: true }))).toBeNull();
    expect(shortcutFor(press('Escape', { typing: true }))).toEqual({ kind: 'leave-field' });
  });

  it('inside a dialog, only ? applies', () => {
    expect(shortcutFor(press('1', { inDialog: true }))).toBeNull();
    expect(shortcutFor(press('?', { inDialog: true }))).toEqual({ kind: 'help' });
  });
});
