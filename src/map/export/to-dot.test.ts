import { describe, expect, it } from 'vitest';
import { asNodeId } from '../../engine/index.ts';
import type { MapGraph } from '../model/map-graph.ts';
import { tinyFixture } from '../test-support/tiny-fixture.ts';
import { toDot } from './to-dot.ts';
import { exportMap } from './visualise.ts';

describe('toDot', () => {
  it('prints the tiny fixture as this digraph', () => {
    expect(exportMap(tinyFixture(), 'dot')).toBe(`// Error 900: a tiny example (tiny)
// Starts at ask. Made by npm run visualise.
digraph "tiny" {
  rankdir=TB;
  node [fontname="Helvetica", fontsize=11, style=filled];
  edge [fontname="Helvetica", fontsize=10];
  "ask" [label="Does it fail at once?", shape=hexagon, fillcolor="#e8f1f8", color="#1d70b8"];
  "wait" [label="Wait", shape=box, style="rounded,filled", fillcolor="#fff4e5", color="#b35900"];
  "refresh" [label="Refresh", shape=box, fillcolor="#f3f2f1", color="#0b0c0c"];
  "fixed" [label="Fixed", shape=box, style="rounded,filled", peripheries=2, fillcolor="#e7f4ec", color="#00703c"];
  "expert" [label="Call an expert", shape=octagon, fillcolor="#f6d7d2", color="#0b0c0c"];
  "ask" -> "wait" [label="Yes"];
  "ask" -> "refresh" [label="No"];
  "wait" -> "fixed" [label="It works now"];
  "wait" -> "wait" [label="Still down", style=dashed];
  "wait" -> "refresh" [label="Still failing"];
  "refresh" -> "fixed" [label="Yes, the error is\\ngone"];
  "refresh" -> "expert" [label="No, I still see the\\nerror"];
}
`);
  });

  it('escapes quotes and backslashes, and thickens source repair steps', () => {
    const graph: MapGraph = {
      treeId: 't',
      start: asNodeId('a'),
      nodes: [{ id: asNodeId('a'), kind: 'fix', title: 'Open C:\\Temp "now"', sourceStep: 3 }],
      edges: [],
    };
    expect(toDot(graph, 'Test')).toContain(
      '"a" [label="Repair 3: Open C:\\\\Temp \\"now\\"", shape=box, fillcolor="#f3f2f1", color="#0b0c0c", penwidth=3];',
    );
  });
});
