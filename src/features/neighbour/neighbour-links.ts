/** Small text helpers for a neighbouring code's page. */

/** "202" -> "Error 202", "h202" -> "Error H202": how a covered error is named in a link. */
export const errorName = (slug: string): string => `Error ${slug.toUpperCase()}`;

/** "Error 202", "Error 202 or Error 102", "Error 202, Error 102 or Error 103". */
export function errorNames(slugs: readonly string[]): string {
  const names = slugs.map(errorName);
  const last = names.pop();
  return names.length > 0 ? `${names.join(', ')} or ${last}` : (last ?? '');
}

/** The site an external link leads to, shown beside it so the user knows where they go. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return '';
  }
}
