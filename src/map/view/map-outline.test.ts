import { describe, expect, it } from 'vitest';
import { testTree } from '../../engine/test-tree.ts';
import { buildMapGraph } from '../model/build-map-graph.ts';
import { mapOutline, type OutlineItem } from './map-outline.ts';

/** The outline as lines of text, indented by depth: easy to read when it fails. */
function lines(item: OutlineItem, depth = 0): string[] {
  const pad = '  '.repeat(depth);
  return [
    `${pad}${item.node.id}`,
    ...item.answers.flatMap((answer) =>
      answer.kind === 'nested'
        ? [`${pad}  [${answer.edge.label}]`, ...lines(answer.item, depth + 2)]
        : [`${pad}  [${answer.edge.label}] -> ${answer.target.id} (${answer.where})`],
    ),
  ];
}

describe('mapOutline', () => {
  it('nests each step once, under the answer that reaches it first, and points to it elsewhere', () => {
    const outline = mapOutline(buildMapGraph(testTree));
    expect(outline && lines(outline)).toEqual([
      'q1',
      '  [Yes]',
      '    q2',
      '      [No]',
      '        wait',
      '          [It works now] -> done (down)',
      '          [Still down, wait longer] -> wait (same)',
      '          [Still failing] -> fix (down)',
      '      [Yes] -> fix (down)',
      '      [Not sure] -> fix (down)',
      '  [No]',
      '    fix',
      '      [Yes]',
      '        done',
      '      [No]',
      '        expert',
    ]);
  });
});
