import { describe, expect, it } from 'vitest';
import { asNodeId } from '../../engine/index.ts';
import type { MapGraph } from '../model/map-graph.ts';
import { tinyFixture } from '../test-support/tiny-fixture.ts';
import { toMermaid } from './to-mermaid.ts';
import { exportMap } from './visualise.ts';

describe('toMermaid', () => {
  it('prints the tiny fixture as this flowchart', () => {
    expect(exportMap(tinyFixture(), 'mermaid')).toBe(`%% Error 900: a tiny example (tiny)
%% Starts at ask. Made by npm run visualise.
flowchart TD
  n_ask{{"Does it fail at once?"}}
  n_wait(["Wait"])
  n_refresh["Refresh"]
  n_fixed("Fixed")
  n_expert[["Call an expert"]]
  n_ask -->|"Yes"| n_wait
  n_ask -->|"No"| n_refresh
  n_wait -->|"It works now"| n_fixed
  n_wait -.->|"Still down"| n_wait
  n_wait -->|"Still failing"| n_refresh
  n_refresh -->|"Yes, the error is gone"| n_fixed
  n_refresh -->|"No, I still see the error"| n_expert
  classDef question fill:#e8f1f8,stroke:#1d70b8,color:#0b0c0c
  classDef fix fill:#f3f2f1,stroke:#0b0c0c,color:#0b0c0c
  classDef wait fill:#fff4e5,stroke:#b35900,color:#0b0c0c
  classDef escalation fill:#f6d7d2,stroke:#0b0c0c,color:#0b0c0c
  classDef resolved fill:#e7f4ec,stroke:#00703c,color:#0b0c0c
  classDef source stroke-width:4px
  class n_ask question
  class n_refresh fix
  class n_wait wait
  class n_expert escalation
  class n_fixed resolved
`);
  });

  it('escapes quotes and markup in labels, keeps ids safe, and marks source repair steps', () => {
    const graph: MapGraph = {
      treeId: 't',
      start: asNodeId('end'),
      nodes: [
        { id: asNodeId('end'), kind: 'fix', title: 'Say "hi" <b>#1</b>', sourceStep: 1 },
        { id: asNodeId('o-x'), kind: 'resolved', title: 'Done' },
      ],
      edges: [
        {
          id: 'end:0',
          from: asNodeId('end'),
          to: asNodeId('o-x'),
          choiceIndex: 0,
          label: 'It’s "fine"',
          retry: false,
        },
      ],
    };
    const text = toMermaid(graph, 'Test');
    expect(text).toContain('n_end["Repair 1: Say #quot;hi#quot; #lt;b#gt;#35;1#lt;/b#gt;"]');
    expect(text).toContain('n_end -->|"It’s #quot;fine#quot;"| n_o_x');
    expect(text).toContain('class n_end source');
  });
});
