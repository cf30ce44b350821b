import { describe, expect, it } from 'vitest';
import {
  MAX_CONTEXT_LENGTH,
  MAX_URL_LENGTH,
  parseContext,
  parseErrorCode,
  parseMode,
  parseReturnUrl,
} from './settings.ts';

describe('what a snippet may ask for', () => {
  it('an error code as it appears in an address', () => {
    expect(parseErrorCode('102')).toBe('102');
    expect(parseErrorCode(' OL-202 ')).toBe('ol-202');
    for (const text of ['', '<script>', '../privacy', '102?x=1', 'a'.repeat(25), '102 202']) {
      expect(parseErrorCode(text), text).toBeUndefined();
    }
  });

  it('a mode: agent or owner', () => {
    expect(parseMode('Agent')).toBe('agent');
    expect(parseMode('owner')).toBe('owner');
    expect(parseMode('admin')).toBeUndefined();
  });

  it('a return address: http(s) only, relative ones read against the firm’s page', () => {
    const page = 'https://www.firm.example/help/quickbooks';
    expect(parseReturnUrl('/thanks', page)).toBe('https://www.firm.example/thanks');
    expect(parseReturnUrl('https://desk.example/t/1')).toBe('https://desk.example/t/1');
    for (const text of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      'file:///etc/passwd',
      'https://user:pass@firm.example/',
      `https://firm.example/${'a'.repeat(MAX_URL_LENGTH)}`,
      'not an address',
    ]) {
      expect(parseReturnUrl(text), text).toBeUndefined();
    }
  });

  it('a ticket or case id: short printable text, kept as it is (shown only as text)', () => {
    expect(parseContext(' T-1234 ')).toBe('T-1234');
    expect(parseContext('<b>T-1</b>')).toBe('<b>T-1</b>');
    expect(parseContext('x'.repeat(MAX_CONTEXT_LENGTH))).toHaveLength(MAX_CONTEXT_LENGTH);
    for (const text of [
      '',
      '   ',
      'x'.repeat(MAX_CONTEXT_LENGTH + 1),
      'T-1\nFake: line',
      'a\u2028b',
      'a\u0085b',
    ]) {
      expect(parseContext(text), JSON.stringify(text)).toBeUndefined();
    }
  });
});
