import { describe, expect, it } from 'vitest';
import { asNodeId } from '../engine/index.ts';
import { trafficLevel } from '../map/view/map-traffic.ts';
import type { InsightsReport } from './report-schema.ts';
import { trafficOf } from './traffic-map.tsx';

const node = (id: string, reached: number, droppedOff: number, taken: number[]) => ({
  id,
  kind: 'question' as const,
  title: id,
  reached,
  droppedOff,
  back: 0,
  changed: 0,
  choices: taken.map((count, index) => ({ index, label: `a${index}`, next: 'x', taken: count })),
  fixed: null,
  helpful: null,
});

const report: InsightsReport = {
  error: { slug: '102', code: '102', title: 'Error 102' },
  range: { from: null, to: null },
  totals: {
    starts: 8,
    walks: 8,
    startOvers: 0,
    deadlineLanes: 0,
    byMode: {
      owner: { starts: 8, walks: 8, deadlineLanes: 0, fixed: { yes: 0, no: 0 } },
      agent: { starts: 0, walks: 0, deadlineLanes: 0, fixed: { yes: 0, no: 0 } },
    },
  },
  situations: [],
  nodes: [node('first', 8, 1, [6, 1]), node('second', 6, 0, [0, 0]), node('third', 0, 0, [])],
};

describe('traffic on the map', () => {
  it('levels a count against the busiest: none, then quarters', () => {
    expect([0, 1, 3, 5, 7, 8].map((n) => trafficLevel(n, 8))).toEqual([0, 1, 2, 3, 4, 4]);
    expect(trafficLevel(3, 0)).toBe(0);
  });

  it('marks each step by how many reached it and each answer by how many took it', () => {
    const traffic = trafficOf(report);
    expect(traffic.nodes.get(asNodeId('first'))).toEqual({
      level: 4,
      text: '8 reached, 1 stopped here',
    });
    expect(traffic.nodes.get(asNodeId('third'))).toEqual({ level: 0, text: '0 reached' });
    expect(traffic.edges.get('first:0')).toEqual({ level: 4, text: '6 walks took this' });
    expect(traffic.edges.get('first:1')).toEqual({ level: 1, text: '1 walk took this' });
    expect(traffic.edges.get('second:0')?.level).toBe(0);
  });
});
