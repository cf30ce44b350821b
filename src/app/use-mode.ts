import { useSearchParams } from 'react-router';
import { MODE_PARAM, type LinkOptions, type Mode } from './paths.ts';

/** The link mode of the current URL (`?mode=agent`), to keep when building the next link. */
export function useMode(): Mode {
  const [search] = useSearchParams();
  return search.get(MODE_PARAM) === 'agent' ? 'agent' : 'owner';
}

/** Link options that carry the current mode along. */
export function useLinkOptions(): LinkOptions {
  return { mode: useMode() };
}
