/** `2026-11-21-1305`: a date and time for a downloaded file's name, in the reader's local time. */
export function fileStamp(at: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  const date = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
  return `${date}-${two(at.getHours())}${two(at.getMinutes())}`;
}
