import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { site } from '../content/runtime/app-content.ts';
import { ModeToggle } from '../features/agent/mode-toggle.tsx';
import { Announcer } from '../ui/announcer.tsx';
import { paths } from './paths.ts';
import { useLinkOptions } from './use-mode.ts';

/** The frame around every page: skip link, header, main landmark, footer. */
export function Layout({ children }: { readonly children: ReactNode }) {
  const options = useLinkOptions();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link className="site-header__name" to={paths.home(options)}>
            {site.name}
          </Link>
          <span className="site-header__tagline">{site.tagline}</span>
          <ModeToggle />
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
      </footer>
      <Announcer />
    </>
  );
}
