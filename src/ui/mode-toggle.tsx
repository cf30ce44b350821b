import { PageLink } from './page-link.tsx';

/**
 * Agent mode on or off: a link to this same page in the other mode (`?mode=agent` added or
 * removed), so it works before any script and survives reloads, Back and Forward. Quiet for
 * owners; clearly marked while on.
 */
export function ModeToggle({ on, to }: { readonly on: boolean; readonly to: string }) {
  return on ? (
    <span className="mode-toggle mode-toggle--on">
      <span className="mode-toggle__badge">Agent mode</span>
      <PageLink className="mode-toggle__switch" to={to}>
        Leave agent mode
      </PageLink>
    </span>
  ) : (
    <PageLink className="mode-toggle mode-toggle--off" to={to}>
      Agent mode
    </PageLink>
  );
}
