import type { ErrorEntry, SiteConfig } from '../content/types.ts';
import { paths } from './paths.ts';

/** What a page says about itself in <head>: title, description, canonical URL. */
export interface PageMeta {
  readonly title: string;
  readonly description: string;
  readonly path: string;
}

export function homeMeta(site: SiteConfig): PageMeta {
  return { title: `${site.name}: ${site.tagline}`, description: site.tagline, path: paths.home() };
}

export function errorMeta(site: SiteConfig, entry: ErrorEntry): PageMeta {
  return {
    title: `QuickBooks ${entry.title} | ${site.name}`,
    description: entry.description,
    path: paths.error(entry.slug),
  };
}

/** A guided step: `Update three times (step 4) · Error 102 | Fixpath`. */
export function stepTitle(
  site: SiteConfig,
  code: string,
  stepLabel: string,
  nodeTitle: string,
): string {
  return `${nodeTitle} (${stepLabel.toLowerCase()}) · Error ${code} | ${site.name}`;
}

export function notFoundMeta(site: SiteConfig): PageMeta {
  return { title: `Page not found | ${site.name}`, description: site.tagline, path: '/404' };
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The <head> tags for a prerendered page, link previews included. */
export function headTags(site: SiteConfig, meta: PageMeta, basePath: string): string {
  const base = basePath.endsWith('/') ? basePath.slice(0, -1) : basePath;
  const url = `${site.baseUrl}${base}${meta.path}`;
  const e = escapeHtml;
  return [
    `<meta name="description" content="${e(meta.description)}" />`,
    `<link rel="canonical" href="${e(url)}" />`,
    `<meta property="og:type" content="article" />`,
    `<meta property="og:site_name" content="${e(site.name)}" />`,
    `<meta property="og:title" content="${e(meta.title)}" />`,
    `<meta property="og:description" content="${e(meta.description)}" />`,
    `<meta property="og:url" content="${e(url)}" />`,
    `<meta name="twitter:card" content="summary" />`,
    `<meta name="twitter:title" content="${e(meta.title)}" />`,
    `<meta name="twitter:description" content="${e(meta.description)}" />`,
  ].join('\n    ');
}
