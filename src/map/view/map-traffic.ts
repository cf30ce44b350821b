import type { NodeId } from '../../engine/index.ts';

/**
 * How busy each part of a map was (the insights page): a level from 0 (none) to 4 (the busiest)
 * for its colour, and the figure in words, shown on the map and read out.
 */
export interface TrafficMark {
  readonly level: 0 | 1 | 2 | 3 | 4;
  readonly text: string;
}

export interface MapTraffic {
  readonly nodes: ReadonlyMap<NodeId, TrafficMark>;
  readonly edges: ReadonlyMap<string, TrafficMark>;
}

/** A count's level against the busiest: 0 for none, then quarters of the busiest. */
export function trafficLevel(count: number, busiest: number): TrafficMark['level'] {
  if (count <= 0 || busiest <= 0) return 0;
  const share = count / busiest;
  return share > 0.75 ? 4 : share > 0.5 ? 3 : share > 0.25 ? 2 : 1;
}
