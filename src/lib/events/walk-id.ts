/**
 * A walk id: 16 random bytes as base64url (22 characters), made afresh for each walk, so it
 * cannot link two walks or two visits.
 */
export function newWalkId(fill: (bytes: Uint8Array<ArrayBuffer>) => void): string {
  const bytes = new Uint8Array(16);
  fill(bytes);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
