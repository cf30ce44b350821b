import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { asNodeId, type NodeId } from '../../engine/index.ts';
import { testTree } from '../../engine/test-tree.ts';
import { buildMapGraph } from '../model/build-map-graph.ts';
import { MapTextList } from './map-text-list.tsx';

const graph = buildMapGraph(testTree);
const hrefFor = (id: NodeId) => `/step/${id}`;

describe('MapTextList', () => {
  it('lists each step with its kind, linked to its step, and its answers nested under it', () => {
    render(<MapTextList graph={graph} hrefFor={hrefFor} />);
    const first = screen.getByRole('link', { name: 'Does it fail at once?' });
    expect(first).toHaveAttribute('href', '/step/q1');
    const item = first.closest('li');
    expect(item).toHaveTextContent(/^Question Does it fail at once\?/);
    const answers = within(item as HTMLElement).getAllByRole('list')[0] as HTMLElement;
    expect(within(answers).getAllByText('If “Yes”:')[0]).toBeInTheDocument();
    for (const id of testTree.nodes.keys()) {
      expect(document.querySelectorAll(`li[data-node-id="${id}"]`)).toHaveLength(1);
    }
  });

  it('points an answer that leads to a step listed elsewhere to that step in the list', () => {
    render(<MapTextList graph={graph} hrefFor={hrefFor} />);
    const notSure = document.querySelector('[data-edge-id="q2:2"]') as HTMLElement;
    expect(notSure).toHaveTextContent('If “Not sure”: go to Update three times, further down');
    const link = within(notSure).getByRole('link', { name: 'Update three times' });
    const target = document.getElementById((link.getAttribute('href') ?? '').slice(1));
    expect(target).toHaveAttribute('data-node-id', 'fix');
    expect(document.querySelector('[data-edge-id="wait:1"]')).toHaveTextContent(
      'If “Still down, wait longer”: this step again (try again)',
    );
  });

  it('marks the answers taken and the step you are on', () => {
    render(
      <MapTextList
        graph={graph}
        hrefFor={hrefFor}
        marks={{ current: asNodeId('fix'), pathNodes: [asNodeId('q1')], pathEdges: ['q1:1'] }}
      />,
    );
    expect(document.querySelector('[data-edge-id="q1:1"]')).toHaveTextContent(
      /^If “No”: Your answer/,
    );
    const current = document.querySelector('[aria-current="step"]');
    expect(current).toHaveTextContent('Update three times');
    expect(current).toHaveAttribute('href', '/step/fix');
    expect(current?.parentElement).toHaveTextContent('Update three times You are here');
  });

  it('says a situation chosen where it stood for an answer, never "Your answer"', () => {
    render(
      <MapTextList
        graph={graph}
        hrefFor={hrefFor}
        marks={{
          current: asNodeId('wait'),
          pathNodes: [asNodeId('q2')],
          pathEdges: ['q2:0'],
          choseNodes: [asNodeId('q1')],
          choseEdges: ['q1:0'],
          choseText: 'It fails the moment I update',
        }}
      />,
    );
    const skipped = document.querySelector('[data-edge-id="q1:0"]');
    expect(skipped).toHaveClass('map-mark--chose');
    expect(skipped).not.toHaveClass('map-mark--path');
    expect(skipped?.querySelector('.map-list__said')).toHaveTextContent(
      /^If “Yes”: Chose: It fails the moment I update$/,
    );
    expect(document.querySelector('[data-edge-id="q2:0"]')).toHaveTextContent(
      /^If “No”: Your answer/,
    );
  });

  it('shows a step that has no link as plain text', () => {
    render(<MapTextList graph={graph} hrefFor={(id) => (id === 'q1' ? '/step/q1' : undefined)} />);
    expect(screen.getAllByRole('link', { name: /./ }).map((a) => a.textContent)).not.toContain(
      'Call an expert',
    );
    expect(screen.getByText('Call an expert')).toBeInTheDocument();
  });
});
