import { MODE_PARAM, type Mode } from './paths.ts';

/** The same page in the other mode: `?mode=agent` added or removed, the rest kept. */
export function otherModePath(pathname: string, search: string, hash: string, mode: Mode): string {
  const params = new URLSearchParams(search);
  if (mode === 'agent') params.delete(MODE_PARAM);
  else params.set(MODE_PARAM, 'agent');
  const query = params.toString();
  return `${pathname}${query ? `?${query}` : ''}${hash}`;
}
