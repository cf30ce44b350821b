/**
 * Leaves this page for another address on the site, replacing it in the history (the address
 * being left was not usable, so Back should not return to it). One place, so tests can watch it.
 */
export function leavePage(url: string): void {
  window.location.replace(url);
}

/** Opens another page of the site as a new history entry. */
export function openPage(url: string): void {
  window.location.assign(url);
}
