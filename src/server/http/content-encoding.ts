/**
 * Which form of a file to send, from the request's `Accept-Encoding`: Brotli when the browser
 * takes it (every current one does, over HTTP and HTTPS alike), else gzip, else the file as it
 * is. An encoding given `q=0` is refused; `*` is not read (no browser sends it alone).
 */
export type Encoding = 'br' | 'gzip' | 'identity';

/** Whether `Accept-Encoding` names `encoding` with a weight above 0. */
export function acceptsEncoding(header: string | undefined, encoding: string): boolean {
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.split(';').map((piece) => piece.trim());
    if (name.toLowerCase() !== encoding) continue;
    const weight = params.map((param) => /^q=([\d.]+)$/i.exec(param)?.[1]).find(Boolean);
    return weight === undefined || Number(weight) > 0;
  }
  return false;
}

/** The encoding to send, of those the file has. */
export function chooseEncoding(
  header: string | undefined,
  has: { readonly br: boolean; readonly gzip: boolean },
): Encoding {
  if (has.br && acceptsEncoding(header, 'br')) return 'br';
  if (has.gzip && acceptsEncoding(header, 'gzip')) return 'gzip';
  return 'identity';
}
