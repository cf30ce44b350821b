import type { ReactNode } from 'react';
import { site } from '../content/runtime/app-content.ts';
import { paths, type Mode } from '../routing/paths.ts';
import { Announcer } from '../ui/announcer.tsx';
import { ExternalLinksInNewTab } from '../ui/external-link.tsx';
import { ModeToggle } from '../ui/mode-toggle.tsx';
import { PRIVACY_SUMMARY } from '../features/privacy/privacy-page.tsx';
import { PageLink } from '../ui/page-link.tsx';

const independent = `${site.name} is an independent guide, not made by Intuit. QuickBooks is a trademark of Intuit Inc.`;

/** The frame around every page: skip link, header, main landmark, footer. */
export function Layout({
  mode,
  embed = false,
  otherMode,
  children,
}: {
  readonly mode: Mode;
  /** Inside a firm's website (`embed=1`): no site header, links out open in a new tab. */
  readonly embed?: boolean;
  /** This page in the other mode (an app path). */
  readonly otherMode: string;
  readonly children: ReactNode;
}) {
  if (embed) return <EmbedLayout mode={mode}>{children}</EmbedLayout>;
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <PageLink className="site-header__name" to={paths.home({ mode })}>
            {site.name}
          </PageLink>
          <span className="site-header__tagline">{site.tagline}</span>
          <ModeToggle on={mode === 'agent'} to={otherMode} />
        </div>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter privacy={paths.privacy({ mode })} />
      <Announcer />
    </>
  );
}

/**
 * The embed layout: the page inside a firm's own website. The firm's page is the header, so
 * there is none here (nor a skip link: the main content comes first); the mode is the one the
 * firm's snippet chose. Links that leave Fixpath open in a new tab, so the frame stays.
 */
function EmbedLayout({ mode, children }: { readonly mode: Mode; readonly children: ReactNode }) {
  return (
    <ExternalLinksInNewTab>
      <main id="main" className="page" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter privacy={paths.privacy({ mode, embed: true })} />
      <Announcer />
    </ExternalLinksInNewTab>
  );
}

/**
 * The footer of both layouts: who made this, and (where the server counts, which shows the
 * `.counts-only` line) what is counted, linking the privacy page in this layout.
 */
function SiteFooter({ privacy }: { readonly privacy: string }) {
  return (
    <footer className="site-footer">
      <p>{independent}</p>
      <p className="counts-only">
        {PRIVACY_SUMMARY} <PageLink to={privacy}>What we count</PageLink>
      </p>
    </footer>
  );
}
