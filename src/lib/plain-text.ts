/** Small helpers for fixed-width plain text (ticket systems, e-mail, .txt files). */

/** The classic width of plain-text mail: fits ticket systems and narrow previews. */
export const LINE_WIDTH = 72;

/** Intl output may use narrow or non-breaking spaces; a ticket wants plain ones. */
export const plainSpaces = (text: string): string => text.replace(/[\u00a0\u202f\u2009]/g, ' ');

/**
 * Wraps text to `width` columns: the first line follows `first`, the others start with
 * `indent`. Line breaks in the text are kept; words longer than a line (links) are not cut.
 */
export function wrap(text: string, first: string, indent: string, width = LINE_WIDTH): string[] {
  const lines: string[] = [];
  const paragraphs = text.replace(/\r\n?/g, '\n').split('\n');
  let prefix = first;
  for (const paragraph of paragraphs) {
    let line = prefix;
    let empty = true;
    for (const word of paragraph.split(/[ \t]+/).filter(Boolean)) {
      if (!empty && line.length + 1 + word.length > width) {
        lines.push(line);
        line = indent + word;
      } else {
        line = empty ? line + word : `${line} ${word}`;
      }
      empty = false;
    }
    lines.push(line.trimEnd());
    prefix = indent;
  }
  return lines;
}

/** A label padded to a column, e.g. `Error:          202`. */
export const field = (label: string, value: string, column = 16): string[] =>
  wrap(value, `${label}:`.padEnd(column), ' '.repeat(column));

/** A section heading underlined with `-`. */
export const heading = (title: string): string[] => [title, '-'.repeat(title.length)];
