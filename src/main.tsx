import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/app.tsx';
import { errorSlugOf } from './app/paths.ts';
import { errorCache } from './content/runtime/app-content.ts';
import { searchIndex } from './features/search/search-index.ts';
import './styles/app.css';

const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';
const container = document.getElementById('root');

async function boot(root: HTMLElement): Promise<void> {
  const pathname = location.pathname.slice(basename === '/' ? 0 : basename.length) || '/';
  const slug = errorSlugOf(pathname);
  // Load this page's content before the first render, so hydration matches the HTML.
  const entry = slug ? await errorCache.load(slug) : undefined;
  // The home and not-found pages list every code: load the search index first for them too.
  if (!slug || entry?.status === 'missing') await searchIndex.load();
  const app = (
    <StrictMode>
      <BrowserRouter basename={basename} useTransitions={false}>
        <App />
      </BrowserRouter>
    </StrictMode>
  );
  // Hydrate only HTML that was prerendered for this very path; anything else renders fresh.
  if (root.dataset['prerenderedPath'] === pathname) hydrateRoot(root, app);
  else createRoot(root).render(app);
}

if (container) void boot(container);
