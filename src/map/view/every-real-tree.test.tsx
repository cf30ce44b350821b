import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { toTree } from '../../content/runtime/to-tree.ts';
import { layOutMap } from '../layout/lay-out-map.ts';
import { buildMapGraph } from '../model/build-map-graph.ts';
import { realGuidedErrors } from '../test-support/real-trees.ts';
import { MapDiagram } from './map-diagram.tsx';
import { MapTextList } from './map-text-list.tsx';

describe.each(realGuidedErrors().map((e) => [e.slug, e] as const))(
  'the map of %s',
  (_slug, entry) => {
    const tree = toTree(entry.tree);
    const layout = layOutMap(buildMapGraph(tree));
    const nodeIds = [...tree.nodes.keys()].sort();
    const edgeIds = [...tree.nodes.values()]
      .flatMap((node) => layout.edges.filter((e) => e.from === node.id).map((e) => e.id))
      .sort();
    const found = (root: Element, attr: string) =>
      [...root.querySelectorAll(`[${attr}]`)].map((el) => el.getAttribute(attr) ?? '').sort();

    it('has one edge for every answer of every node', () => {
      const answers = [...tree.nodes.values()].reduce(
        (n, node) =>
          n +
          (node.kind === 'question'
            ? node.answers.length
            : node.kind === 'wait'
              ? node.outcomes.length
              : node.kind === 'fix'
                ? 2
                : 0),
        0,
      );
      expect(edgeIds).toHaveLength(answers);
    });

    it('draws every node and every answer in the diagram', () => {
      const { container } = render(
        <MapDiagram layout={layout} label="Map" hrefFor={(id) => `/step/${id}`} />,
      );
      expect(found(container, 'data-node-id')).toEqual(nodeIds);
      expect(found(container, 'data-edge-id')).toEqual(edgeIds);
      for (const node of tree.nodes.values()) {
        expect(container.querySelector(`[data-node-id="${node.id}"]`)?.textContent).toContain(
          node.title.split(' ')[0],
        );
      }
    });

    it('lists every node and every answer in the text version', () => {
      const { container } = render(<MapTextList graph={layout} hrefFor={(id) => `/step/${id}`} />);
      expect(found(container, 'data-node-id')).toEqual(nodeIds);
      expect(found(container, 'data-edge-id')).toEqual(edgeIds);
      for (const node of tree.nodes.values()) {
        expect(container.querySelector(`[data-node-id="${node.id}"] a`)).toHaveTextContent(
          node.title,
        );
      }
    });
  },
);
