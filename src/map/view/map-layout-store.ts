/** Each guided error's laid-out map, fetched once when a screen first shows it (agent mode). */
import { createLoaderStore } from '../../lib/loader-store.ts';
import type { MapLayout } from '../model/map-layout.ts';
import { loadMapLayout } from './load-map-layout.ts';

export const mapLayouts = createLoaderStore<MapLayout>((slug) => async () => {
  const loaded = await loadMapLayout(slug);
  if (loaded.status !== 'ready') throw new Error(`no map layout for ${slug}`);
  return loaded.layout;
});
