import { describe, expect, it } from 'vitest';
import { testTree } from '../../engine/test-tree.ts';
import { layOutMap } from '../layout/lay-out-map.ts';
import { buildMapGraph } from '../model/build-map-graph.ts';
import { loadMapLayout, parseMapLayout } from './load-map-layout.ts';

const layout = layOutMap(buildMapGraph(testTree));
const json = JSON.parse(JSON.stringify(layout));

describe('loadMapLayout', () => {
  it('fetches the layout beside the map page, under the base path, and parses it', async () => {
    const asked: string[] = [];
    const fetcher: typeof fetch = async (input) => {
      asked.push(String(input));
      return new Response(JSON.stringify(layout));
    };
    expect(await loadMapLayout('102', fetcher, '/help/')).toEqual({ status: 'ready', layout });
    expect(asked).toEqual(['/help/errors/102/map/layout.json']);
  });

  it('fails quietly when the file is missing, unreachable, or not a layout', async () => {
    const answer =
      (body: string, status = 200): typeof fetch =>
      async () =>
        new Response(body, { status });
    expect(await loadMapLayout('102', answer('', 404), '/')).toEqual({ status: 'failed' });
    expect(await loadMapLayout('102', answer('{not json'), '/')).toEqual({ status: 'failed' });
    expect(await loadMapLayout('102', answer('{"version":2}'), '/')).toEqual({ status: 'failed' });
    const offline: typeof fetch = async () => {
      throw new TypeError('offline');
    };
    expect(await loadMapLayout('102', offline, '/')).toEqual({ status: 'failed' });
  });

  it('keeps a source repair step number when there is one', () => {
    const marked = {
      ...json,
      nodes: [{ ...json.nodes[0], sourceStep: 2 }, ...json.nodes.slice(1)],
    };
    expect(parseMapLayout(marked)?.nodes[0]?.sourceStep).toBe(2);
  });
});
