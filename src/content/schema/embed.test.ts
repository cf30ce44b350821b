import { describe, expect, it } from 'vitest';
import { contrast, darken } from './colour.ts';
import { embedSchema } from './embed.ts';

describe('embed settings in content/site.yaml', () => {
  it('allow nobody by default', () => {
    expect(embedSchema.parse({})).toEqual({ allowedOrigins: [] });
  });

  it('write each allowed origin one way', () => {
    expect(
      embedSchema.parse({ allowedOrigins: ['https://WWW.Firm.example/', 'http://localhost:8080'] })
        .allowedOrigins,
    ).toEqual(['https://www.firm.example', 'http://localhost:8080']);
  });

  it('refuse patterns, paths and extra policy text, with a hint', () => {
    for (const origin of ['*', 'https://*.firm.example', 'https://firm.example/help', "'self'"]) {
      const result = embedSchema.safeParse({ allowedOrigins: [origin] });
      expect(result.success, origin).toBe(false);
      expect(JSON.stringify(result.error?.issues)).toContain('scheme and host only');
    }
  });

  it('accept the firm’s colours only when they can be read', () => {
    expect(embedSchema.parse({ colours: { link: '#0b4f8a', button: '#1a5e20' } }).colours).toEqual({
      link: '#0b4f8a',
      button: '#1a5e20',
    });
    const pale = embedSchema.safeParse({ colours: { link: '#7fb2e5', button: '#ffd400' } });
    expect(pale.success).toBe(false);
    expect(pale.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'colours.link',
      'colours.button',
    ]);
    expect(embedSchema.safeParse({ colours: { link: 'blue' } }).success).toBe(false);
    expect(embedSchema.safeParse({ colours: { link: '#123' } }).success).toBe(false);
  });
});

describe('colour arithmetic', () => {
  it('gives WCAG contrast ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrast('#767676', '#ffffff')).toBeGreaterThan(4.5);
  });

  it('darkens towards black', () => {
    expect(darken('#808080', 0.5)).toBe('#404040');
    expect(darken('#1d70b8', 0)).toBe('#1d70b8');
  });
});
