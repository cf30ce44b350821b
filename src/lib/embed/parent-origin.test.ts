// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { parentOrigin, readAllowedOrigins } from './parent-origin.ts';

const FIRM = 'https://www.firm.example';
const list = (...items: string[]) => ({ item: (i: number) => items[i] ?? null });

describe('where the frame reports its height before the host’s hello', () => {
  it('to the parent the browser names, when it is allowed', () => {
    expect(parentOrigin([FIRM], list(FIRM))).toBe(FIRM);
    expect(parentOrigin(['https://other.example', FIRM], list(FIRM, 'https://top.example'))).toBe(
      FIRM,
    );
  });

  it('to nobody when the parent is not on the list, or the browser does not say', () => {
    expect(parentOrigin([FIRM], list('https://evil.example'))).toBeUndefined();
    expect(parentOrigin([], list(FIRM))).toBeUndefined();
    expect(parentOrigin([FIRM], list())).toBeUndefined();
    expect(parentOrigin([FIRM], undefined)).toBeUndefined();
  });
});

describe('the allowed origins a page carries', () => {
  const page = (head: string): Document =>
    new DOMParser().parseFromString(`<head>${head}</head>`, 'text/html');

  it('reads each origin from the meta tag, and none without one', () => {
    expect(
      readAllowedOrigins(
        page(`<meta name="fixpath-embed-origins" content="${FIRM} https://b.example" />`),
      ),
    ).toEqual([FIRM, 'https://b.example']);
    expect(readAllowedOrigins(page('<meta name="fixpath-embed-origins" content="" />'))).toEqual(
      [],
    );
    expect(readAllowedOrigins(page(''))).toEqual([]);
  });
});
