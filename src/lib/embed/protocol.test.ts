import { describe, expect, it } from 'vitest';
import {
  HELLO,
  heightFrom,
  heightMessage,
  helloFrom,
  MAX_HEIGHT,
  parseHeightMessage,
  parseHelloMessage,
} from './protocol.ts';

const FIXPATH = 'https://help.fixpath.example';
const FIRM = 'https://www.firm.example';
const frameWindow = { name: 'the frame' };
const parentWindow = { name: 'the firm’s page' };

describe('the height message', () => {
  it('is whole CSS pixels, never negative and never past the cap', () => {
    expect(heightMessage(612.2)).toEqual({ fixpath: 'frame', kind: 'height', height: 613 });
    expect(heightMessage(-5).height).toBe(0);
    expect(heightMessage(1e9).height).toBe(MAX_HEIGHT);
  });

  it('is read back only in exactly its shape', () => {
    expect(parseHeightMessage(heightMessage(480))).toEqual(heightMessage(480));
    for (const data of [
      null,
      'height:480',
      [480],
      { fixpath: 'frame', kind: 'height' },
      { fixpath: 'frame', kind: 'height', height: '480' },
      { fixpath: 'frame', kind: 'height', height: 480.5 },
      { fixpath: 'frame', kind: 'height', height: -1 },
      { fixpath: 'frame', kind: 'height', height: MAX_HEIGHT + 1 },
      { fixpath: 'frame', kind: 'height', height: Number.NaN },
      { fixpath: 'host', kind: 'height', height: 480 },
      { fixpath: 'frame', kind: 'resize', height: 480 },
      { fixpath: 'frame', kind: 'height', height: 480, extra: '<script>' },
    ]) {
      expect(parseHeightMessage(data), JSON.stringify(data)).toBeUndefined();
    }
  });
});

describe('the host accepts a height', () => {
  const expected = { origin: FIXPATH, source: frameWindow };
  const event = (over: Partial<{ origin: string; source: unknown; data: unknown }>) => ({
    origin: FIXPATH,
    source: frameWindow,
    data: heightMessage(700),
    ...over,
  });

  it('from its own frame on Fixpath’s origin', () => {
    expect(heightFrom(event({}), expected)).toEqual(heightMessage(700));
  });

  it('and from nowhere else', () => {
    expect(heightFrom(event({ origin: FIRM }), expected)).toBeUndefined();
    expect(heightFrom(event({ origin: `${FIXPATH}.evil.example` }), expected)).toBeUndefined();
    expect(heightFrom(event({ source: { other: 'frame' } }), expected)).toBeUndefined();
    expect(heightFrom(event({ source: null }), { origin: FIXPATH, source: null })).toBeUndefined();
    expect(heightFrom(event({ data: { height: 700 } }), expected)).toBeUndefined();
  });
});

describe('the frame accepts a hello', () => {
  const allowed = [FIRM];

  it('from its parent on an allowed origin, and learns where to report', () => {
    expect(
      helloFrom({ origin: FIRM, source: parentWindow, data: HELLO }, parentWindow, allowed),
    ).toBe(FIRM);
  });

  it('from nowhere else, and in no other shape', () => {
    const other = 'https://evil.example';
    expect(
      helloFrom({ origin: other, source: parentWindow, data: HELLO }, parentWindow, allowed),
    ).toBeUndefined();
    expect(
      helloFrom({ origin: FIRM, source: frameWindow, data: HELLO }, parentWindow, allowed),
    ).toBeUndefined();
    expect(helloFrom({ origin: FIRM, source: null, data: HELLO }, null, allowed)).toBeUndefined();
    expect(
      helloFrom(
        { origin: FIRM, source: parentWindow, data: { ...HELLO, origin: other } },
        parentWindow,
        allowed,
      ),
    ).toBeUndefined();
    expect(parseHelloMessage({ fixpath: 'host', kind: 'height' })).toBeUndefined();
    expect(parseHelloMessage('hello')).toBeUndefined();
  });
});
