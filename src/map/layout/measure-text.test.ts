import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './measure-text.ts';

describe('wrapText', () => {
  it('wraps at word breaks to the width', () => {
    const lines = wrapText(
      'Check this computer’s connection settings and clear its cache',
      120,
      14,
    );
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe('Check this computer’s connection settings and clear its cache');
  });

  it('puts a word too long for a line on its own line, and never returns no line', () => {
    expect(wrapText('a Supercalifragilisticexpialidocious b', 40, 14)).toEqual([
      'a',
      'Supercalifragilisticexpialidocious',
      'b',
    ]);
    expect(wrapText('   ', 100, 14)).toEqual(['']);
  });

  it('counts capitals and wide letters wider than narrow ones', () => {
    expect(textWidth('MMMM', 10)).toBeGreaterThan(textWidth('iiii', 10));
  });
});
