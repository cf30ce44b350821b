import { darken } from '../../content/schema/colour.ts';
import type { SiteConfig } from '../../content/types.ts';

/**
 * The embed pages' own inline style, after the page's: the page is as tall as its content (the
 * frame is sized to it, so nothing may stretch it to the frame's height), and the firm's colours
 * from content/site.yaml in the light scheme (the dark scheme keeps Fixpath's, which are checked
 * against it). The colours were checked for contrast when content was read.
 */
export function embedStyle(site: SiteConfig): string {
  const rules = ['body{min-height:0}'];
  const { link, button } = site.embed?.colours ?? {};
  const tokens = [
    ...(link
      ? [
          `--link:${link}`,
          `--link-visited:${darken(link, 0.25)}`,
          `--link-hover:${darken(link, 0.45)}`,
        ]
      : []),
    ...(button
      ? [
          `--button:${button}`,
          `--button-hover:${darken(button, 0.2)}`,
          `--button-shadow:${darken(button, 0.6)}`,
        ]
      : []),
  ];
  if (tokens.length > 0)
    rules.push(`@media (prefers-color-scheme:light){:root{${tokens.join(';')}}}`);
  return rules.join('');
}
