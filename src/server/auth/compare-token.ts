import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Compares a presented token with the real one in constant time: both are hashed first, so
 * neither the content nor the length of the real token shows in the time taken.
 */
export function tokensMatch(presented: string, expected: string): boolean {
  const a = createHash('sha256').update(presented, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/** The token of an `Authorization: Bearer <token>` header. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer[ ]+([\x21-\x7e]+)[ ]*$/i.exec(header ?? '');
  return match?.[1];
}
