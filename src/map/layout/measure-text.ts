/**
 * Text measured without a browser: an estimate of each character's width in a system sans
 * serif, on the generous side, so that wrapped text fits its box whichever font draws it.
 */
const NARROW = new Set([..."iljtfr.,:;'’|!()[] "]);
const WIDE = new Set([...'mwMW@%']);

function charEm(char: string): number {
  if (NARROW.has(char)) return 0.34;
  if (WIDE.has(char)) return 0.9;
  if (char >= 'A' && char <= 'Z') return 0.7;
  if (char >= '0' && char <= '9') return 0.58;
  return 0.56;
}

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += charEm(char);
  return Math.ceil(em * fontSize);
}

/** Greedy word wrap to `maxWidth`; a word longer than a line stands on a line of its own. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}
