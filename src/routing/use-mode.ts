import { useSearchParams } from 'react-router';
import { useMounted } from '../ui/use-mounted.ts';
import { MODE_PARAM, type LinkOptions, type Mode } from './paths.ts';

/**
 * The link mode of the current URL (`?mode=agent`), to keep when building the next link.
 * Prerendered HTML is made without a query, so while React hydrates it this says `owner` (the
 * first render matches the HTML) and switches to the URL's mode straight after. Without this,
 * hydration would keep the prerendered links, which drop agent mode.
 */
export function useMode(): Mode {
  const [search] = useSearchParams();
  return useMounted() && search.get(MODE_PARAM) === 'agent' ? 'agent' : 'owner';
}

/** Link options that carry the current mode along. */
export function useLinkOptions(): LinkOptions {
  return { mode: useMode() };
}
