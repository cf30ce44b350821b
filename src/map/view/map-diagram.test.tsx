import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { asNodeId, type NodeId } from '../../engine/index.ts';
import { testTree } from '../../engine/test-tree.ts';
import { layOutMap } from '../layout/lay-out-map.ts';
import { buildMapGraph } from '../model/build-map-graph.ts';
import { MapDiagram } from './map-diagram.tsx';

const layout = layOutMap(buildMapGraph(testTree));
const hrefFor = (id: NodeId) => (id === 'expert' ? undefined : `/step/${id}`);

describe('MapDiagram', () => {
  it('draws every node as a link to its step, named by its kind and title', () => {
    render(<MapDiagram layout={layout} label="Map of the test guide" hrefFor={hrefFor} />);
    const map = screen.getByRole('group', { name: 'Map of the test guide' });
    expect(
      within(map).getByRole('link', { name: 'Question: Does it fail at once?' }),
    ).toHaveAttribute('href', '/step/q1');
    expect(within(map).getByRole('link', { name: 'Wait: The bank is down' })).toBeInTheDocument();
    expect(within(map).getByRole('link', { name: 'Fixed: Fixed' })).toBeInTheDocument();
    // A node without a link is text, not a link.
    expect(within(map).queryByRole('link', { name: /Call an expert/ })).toBeNull();
    expect(map.querySelector('[data-node-id="expert"]')).toHaveTextContent('Call an expert');
  });

  it('puts the nodes in reading order, top to bottom (the order Tab follows)', () => {
    const { container } = render(<MapDiagram layout={layout} label="Map" hrefFor={hrefFor} />);
    const ids = [...container.querySelectorAll('.map-nodes > [data-node-id]')].map((n) =>
      n.getAttribute('data-node-id'),
    );
    expect(ids).toEqual(layout.nodes.map((n) => n.id));
    expect(ids[0]).toBe('q1');
  });

  it('draws every answer on its edge, "try again" loops dashed, out of the screen reader’s way', () => {
    const { container } = render(<MapDiagram layout={layout} label="Map" />);
    const edges = container.querySelector('.map-edges');
    expect(edges).toHaveAttribute('aria-hidden', 'true');
    expect(edges?.querySelectorAll('[data-edge-id]')).toHaveLength(layout.edges.length);
    expect(container.querySelector('[data-edge-id="wait:1"]')).toHaveClass('map-edge--retry');
    expect(container.querySelector('[data-edge-id="wait:1"]')).toHaveTextContent(
      'Still down, wait longer',
    );
  });

  it('lights the path taken and marks the current step', () => {
    const { container } = render(
      <MapDiagram
        layout={layout}
        label="Map"
        hrefFor={hrefFor}
        marks={{
          current: asNodeId('wait'),
          pathNodes: [asNodeId('q1'), asNodeId('q2')],
          pathEdges: ['q1:0', 'q2:0'],
        }}
      />,
    );
    expect(container.querySelector('[data-node-id="q1"]')).toHaveClass('map-mark--path');
    expect(container.querySelector('[data-edge-id="q2:0"]')).toHaveClass('map-mark--path');
    expect(container.querySelector('[data-edge-id="q1:1"]')).not.toHaveClass('map-mark--path');
    const current = screen.getByRole('link', { name: 'Wait: The bank is down' });
    expect(current).toHaveAttribute('aria-current', 'step');
    expect(current).toHaveClass('map-mark--current');
    expect(container.querySelector('.map-here')).toHaveTextContent('You are here');
  });

  it('draws the route a situation chose apart from the answers given', () => {
    const { container } = render(
      <MapDiagram
        layout={layout}
        label="Map"
        hrefFor={hrefFor}
        marks={{
          current: asNodeId('wait'),
          pathNodes: [asNodeId('q2')],
          pathEdges: ['q2:0'],
          choseNodes: [asNodeId('q1')],
          choseEdges: ['q1:0'],
        }}
      />,
    );
    for (const selector of ['[data-node-id="q1"]', '[data-edge-id="q1:0"]']) {
      expect(container.querySelector(selector)).toHaveClass('map-mark--chose');
      expect(container.querySelector(selector)).not.toHaveClass('map-mark--path');
    }
    expect(container.querySelector('[data-edge-id="q2:0"]')).toHaveClass('map-mark--path');
  });

  it('uses no inline style (the Content-Security-Policy forbids it)', () => {
    const { container } = render(<MapDiagram layout={layout} label="Map" hrefFor={hrefFor} />);
    expect(container.querySelectorAll('[style]')).toHaveLength(0);
  });
});
