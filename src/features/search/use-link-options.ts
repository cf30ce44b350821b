import { useSearchParams } from 'react-router';
import { MODE_PARAM, type LinkOptions } from '../../app/paths.ts';
import { useHydrated } from './use-hydrated.ts';

/**
 * Keeps support-agent mode (`?mode=agent`) on the links a page makes. Prerendered HTML has no
 * query, so the mode is applied once hydration is over, and the first render matches the HTML.
 */
export function useLinkOptions(): LinkOptions {
  const [params] = useSearchParams();
  const hydrated = useHydrated();
  return hydrated && params.get(MODE_PARAM) === 'agent' ? { mode: 'agent' } : {};
}
