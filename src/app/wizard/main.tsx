import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { errorContent } from '../../content/runtime/app-content.ts';
import { basePath, stripBase } from '../../routing/base-path.ts';
import { embedOf, errorSlugOf, MODE_PARAM, SESSION_PARAM } from '../../routing/paths.ts';
import { WizardApp } from './wizard-app.tsx';

/**
 * The wizard's entry (step pages). A step page is prerendered for the shortest route to its
 * step; when the address is that very route the app hydrates it, otherwise it renders afresh.
 */
function isPrerenderedFor(root: HTMLElement, pathname: string, search: URLSearchParams): boolean {
  const { prerenderedPath, prerenderedSession, prerenderedMode, prerenderedEmbed } = root.dataset;
  return (
    prerenderedPath === pathname &&
    prerenderedSession === (search.get(SESSION_PARAM) ?? '') &&
    prerenderedMode === (search.get(MODE_PARAM) === 'agent' ? 'agent' : 'owner') &&
    (prerenderedEmbed === 'true') === embedOf(search)
  );
}

async function boot(root: HTMLElement): Promise<void> {
  const pathname = stripBase(window.location.pathname);
  const slug = errorSlugOf(pathname);
  // Load this step's content before the first render, so hydration matches the HTML.
  if (slug) await errorContent.load(slug);
  const app = (
    <StrictMode>
      <BrowserRouter basename={basePath() || '/'} useTransitions={false}>
        <WizardApp />
      </BrowserRouter>
    </StrictMode>
  );
  if (isPrerenderedFor(root, pathname, new URLSearchParams(window.location.search))) {
    // From here React handles a press itself (the boot script stops remembering early ones).
    document.documentElement.dataset['appLive'] = 'true';
    hydrateRoot(root, app);
  } else {
    createRoot(root).render(app);
  }
}

const container = document.getElementById('root');
if (container) void boot(container);
