/**
 * `npm run dev` only (index.html): the whole site from one page with hot reload. Step pages run
 * the wizard as in production; every other address renders its static page here in the browser,
 * from the same specs the prerender writes, and starts its islands. Never part of a build.
 */
import { createRoot } from 'react-dom/client';
import all from 'virtual:fixpath/all';
import searchEntries from 'virtual:fixpath/index';
import { stripBase, basePath } from '../../routing/base-path.ts';
import { otherModePath } from '../../routing/mode-switch.ts';
import { linkOptionsOf } from '../../routing/paths.ts';
import { startIslands } from '../document/islands.ts';
import { wirePrintButtons } from '../document/print.ts';
import { Layout } from '../layout.tsx';
import { documentSpecs, notFoundSpec } from '../prerender/documents.tsx';
import '../../styles/document.css';
import '../../styles/step.css';

const path = stripBase(window.location.pathname).replace(/\/$/, '') || '/';
const root = document.getElementById('root');

if (/^\/errors\/[^/]+\/step\//.test(path)) {
  void import('../wizard/main.tsx');
} else if (root) {
  const facts = { errors: all, index: searchEntries, siteUrl: undefined, base: basePath() };
  const spec =
    documentSpecs(facts).find((page) => page.path === path) ?? notFoundSpec(searchEntries);
  const options = linkOptionsOf(window.location.search);
  const mode = options.mode ?? 'owner';
  document.title = spec.meta.title;
  createRoot(root).render(
    <Layout
      mode={mode}
      embed={options.embed ?? false}
      otherMode={otherModePath(path, window.location.search, '', mode)}
    >
      {spec.render(options)}
    </Layout>,
  );
  // The islands' slots exist once React has rendered the page.
  requestAnimationFrame(() => {
    wirePrintButtons();
    startIslands();
  });
}
// Inside a frame (embed=1): the height reporter, which the prerender writes into embed pages.
if (linkOptionsOf(window.location.search).embed) void import('../frame-boot.ts');
