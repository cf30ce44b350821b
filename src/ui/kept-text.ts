/** One copy of saved data that could not be used, and when it was set aside. */
export interface KeptCopyView {
  readonly at: number;
  readonly text: string;
}

/**
 * What was kept, as a plain-text file: a short heading, then each copy exactly as it was saved,
 * oldest first, under the time it was set aside (UTC, so the file reads the same anywhere).
 */
export function keptText(what: string, copies: readonly KeptCopyView[]): string {
  const when = (at: number): string =>
    `${new Date(at).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
  return [
    `Fixpath: ${what} that could not be used`,
    'Kept in this browser. Nothing here was sent anywhere.',
    '',
    ...copies.flatMap((copy, index) => {
      const title = `Copy ${index + 1} of ${copies.length}, set aside ${when(copy.at)}`;
      return [title, '-'.repeat(title.length), copy.text, ''];
    }),
  ].join('\n');
}
