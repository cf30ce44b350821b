import type { ReactNode } from 'react';
import { site } from '../content/runtime/app-content.ts';
import { paths, type Mode } from '../routing/paths.ts';
import { Announcer } from '../ui/announcer.tsx';
import { ModeToggle } from '../ui/mode-toggle.tsx';
import { PRIVACY_SUMMARY } from '../features/privacy/privacy-page.tsx';
import { PageLink } from '../ui/page-link.tsx';

/** The frame around every page: skip link, header, main landmark, footer. */
export function Layout({
  mode,
  otherMode,
  children,
}: {
  readonly mode: Mode;
  /** This page in the other mode (an app path). */
  readonly otherMode: string;
  readonly children: ReactNode;
}) {
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
      <footer className="site-footer">
        <p>
          {site.name} is an independent guide, not made by Intuit. QuickBooks is a trademark of
          Intuit Inc.
        </p>
        <p className="counts-only">
          {PRIVACY_SUMMARY} <PageLink to={paths.privacy({ mode })}>What we count</PageLink>
        </p>
      </footer>
      <Announcer />
    </>
  );
}
