import { CONTEXT_PARAM, RETURN_PARAM } from '../lib/embed/settings.ts';
import { errorBase, optionsQuery, withQuery } from '../routing/paths.ts';
import type { SnippetSettings } from './snippet.ts';

/**
 * The address the frame opens: the error's page (or the front door) in the embed layout, with
 * the mode, and where "I'm done" goes and the case id when the snippet gave them.
 * `site` is where this copy of Fixpath lives (`https://help.firm.example/`, or a sub-path).
 * (Built from the paths module's parts, not `paths` itself: embed.js stays under 2 KB.)
 */
export function frameAddress(site: string, settings: SnippetSettings): string {
  const query = optionsQuery({ mode: settings.mode, embed: true });
  const path = withQuery(settings.error ? errorBase(settings.error) : '/', {
    ...query,
    [RETURN_PARAM]: settings.returnUrl,
    [CONTEXT_PARAM]: settings.context,
  });
  return new URL(path.slice(1), site).href;
}
