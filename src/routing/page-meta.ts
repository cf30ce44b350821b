import type { ErrorEntry, SiteConfig } from '../content/types.ts';
import { escapeHtml } from '../lib/escape-html.ts';
import { absoluteUrl, paths } from './paths.ts';

/** What a page says about itself in <head>: title, description, its own address. */
export interface PageMeta {
  readonly title: string;
  readonly description: string;
  /** The app path of the page's owner view (its canonical address, when the site has one). */
  readonly path: string;
  /** False for pages search engines should skip (agent views, not-found). */
  readonly indexable: boolean;
}

export function homeMeta(site: SiteConfig): PageMeta {
  return {
    title: `${site.name}: ${site.tagline}`,
    description: site.tagline,
    path: paths.home(),
    indexable: true,
  };
}

export function errorMeta(site: SiteConfig, entry: ErrorEntry): PageMeta {
  return {
    title: `QuickBooks ${entry.title} | ${site.name}`,
    description: entry.description,
    path: paths.error(entry.slug),
    indexable: true,
  };
}

export function checklistMeta(site: SiteConfig, entry: ErrorEntry): PageMeta {
  return {
    title: `Every fix for Error ${entry.code}, to print | ${site.name}`,
    description: `Checklists for every fix of QuickBooks Desktop Error ${entry.code}.`,
    path: paths.checklist(entry.slug),
    indexable: true,
  };
}

/** A guided step: `Update three times (step 4 of about 6) · Error 102 | Fixpath`. */
export function stepTitle(
  site: SiteConfig,
  code: string,
  stepLabel: string,
  nodeTitle: string,
): string {
  return `${nodeTitle} (${stepLabel.toLowerCase()}) · Error ${code} | ${site.name}`;
}

export function privacyMeta(site: SiteConfig): PageMeta {
  return {
    title: `Privacy: what is counted | ${site.name}`,
    description: `What ${site.name} counts, anonymously, and what it never stores.`,
    path: paths.privacy(),
    indexable: true,
  };
}

export function notFoundMeta(site: SiteConfig): PageMeta {
  return {
    title: `Page not found | ${site.name}`,
    description: site.tagline,
    path: '/404',
    indexable: false,
  };
}

/**
 * The <head> tags for a prerendered page. `siteUrl` is where this copy is served from; without
 * one, the page names no canonical address and no absolute `og:url` (never a placeholder).
 */
export function headTags(
  site: SiteConfig,
  meta: PageMeta,
  siteUrl: string | undefined,
  basePath: string,
): string {
  const e = escapeHtml;
  const url = siteUrl ? absoluteUrl(meta.path, siteUrl, basePath) : undefined;
  return [
    `<meta name="description" content="${e(meta.description)}" />`,
    meta.indexable ? '' : `<meta name="robots" content="noindex" />`,
    url && meta.indexable ? `<link rel="canonical" href="${e(url)}" />` : '',
    `<meta property="og:type" content="article" />`,
    `<meta property="og:site_name" content="${e(site.name)}" />`,
    `<meta property="og:title" content="${e(meta.title)}" />`,
    `<meta property="og:description" content="${e(meta.description)}" />`,
    url ? `<meta property="og:url" content="${e(url)}" />` : '',
    `<meta name="twitter:card" content="summary" />`,
    `<meta name="twitter:title" content="${e(meta.title)}" />`,
    `<meta name="twitter:description" content="${e(meta.description)}" />`,
  ]
    .filter(Boolean)
    .join('\n    ');
}
