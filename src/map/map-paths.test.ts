import { describe, expect, it } from 'vitest';
import { mapPaths } from './map-paths.ts';

describe('mapPaths', () => {
  it('builds the map page link, with the path so far and agent mode when given', () => {
    expect(mapPaths.page('102')).toBe('/errors/102/map');
    expect(mapPaths.page('102', '')).toBe('/errors/102/map');
    expect(mapPaths.page('102', 'k3f9-01')).toBe('/errors/102/map?s=k3f9-01');
    expect(mapPaths.page('102', 'k3f9-01', { mode: 'agent' })).toBe(
      '/errors/102/map?s=k3f9-01&mode=agent',
    );
    expect(mapPaths.page('a/b')).toBe('/errors/a%2Fb/map');
  });

  it('builds the links to the layout and the downloads', () => {
    expect(mapPaths.layout('202')).toBe('/errors/202/map/layout.json');
    expect(mapPaths.download('202', 'mmd')).toBe('/errors/202/map/error-202-map.mmd');
    expect(mapPaths.download('202', 'dot')).toBe('/errors/202/map/error-202-map.dot');
  });
});
