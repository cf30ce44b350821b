/**
 * A step page is prerendered for the shortest route to its step, and its links (answers, the
 * map, agent mode) carry that route. Reached by another route, as served to a browser without
 * JavaScript, those links would record answers never given. This rewrites such a page for the
 * route in its address:
 *   - every link that extends the prerendered route extends the address's route instead;
 *   - the boot script's `data-session` names that route (src/app/boot.ts);
 *   - `<html data-route-pending>` hides the step number, which is the prerendered route's
 *     (styles/wizard.css), until the wizard has read the link; without JavaScript it stays
 *     hidden, and so does the number in the title.
 * The page then shows no answers and no number rather than someone else's.
 */

/** A session string's shape (src/engine/codec.ts): fingerprint, dash, situation, answers. */
const ROUTE = /^[0-9a-z]{4}-(?:_[0-9a-z]+_)?[0-9a-z]{0,64}$/;
const SESSION_ATTR = / data-session="([0-9a-z_-]+)"/;

/**
 * The page rewritten for `route`, or undefined when it needs nothing: not a step page, the
 * route it was prerendered for, or a route that is not a session's shape (the wizard then says
 * what is wrong with the link).
 */
export function pageForRoute(html: string, route: string): string | undefined {
  const prerendered = SESSION_ATTR.exec(html)?.[1];
  if (prerendered === undefined || route === prerendered || !ROUTE.test(route)) return undefined;
  const links = new RegExp(`([?&;]s=)${prerendered}(?=[0-9a-z]*["&])`, 'g');
  return html
    .replace(/<html(?=[\s>])/, '<html data-route-pending')
    .replace(SESSION_ATTR, ` data-session="${route}"`)
    .replace(/(<title>[^<]*?) \(step \d+ of (?:about )?\d+\)/, '$1')
    .replace(links, `$1${route}`);
}
