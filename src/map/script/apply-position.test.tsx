import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { asNodeId, encodeSession, type NodeId } from '../../engine/index.ts';
import { testTree } from '../../engine/test-tree.ts';
import { layOutMap } from '../layout/lay-out-map.ts';
import { buildMapGraph } from '../model/build-map-graph.ts';
import { mapPosition } from '../model/map-position.ts';
import { MapPage } from '../page/map-page.tsx';
import { applyPosition } from './apply-position.ts';

const layout = layOutMap(buildMapGraph(testTree));
const session = (...answers: number[]) => encodeSession(testTree, { answers });
const plain = mapPosition(testTree, null).sessions;
const stepHref = (id: NodeId, s: string) => `/errors/test/step/${id}?s=${s}`;

/** The prerendered page as the script finds it: every node linked from the start. */
function renderPage() {
  return render(
    <MapPage
      code="900"
      slug="test"
      layout={layout}
      hrefFor={(id) => {
        const s = plain.get(id);
        return s === undefined ? undefined : stepHref(id, s);
      }}
      links={{ error: '/errors/test', mermaid: '/m.mmd', dot: '/m.dot' }}
    />,
  );
}

const hrefsOf = (id: string) =>
  [...document.querySelectorAll(`[data-node-id="${id}"]`)].map((el) =>
    (el.matches('a') ? el : el.querySelector('.map-list__link'))?.getAttribute('href'),
  );

describe('applyPosition', () => {
  it('lights the path, marks the current step in the map and the list, and says where you are', () => {
    renderPage();
    applyPosition(document, mapPosition(testTree, session(0, 0)), stepHref);
    for (const el of document.querySelectorAll('[data-node-id="q2"]')) {
      expect(el).toHaveClass('map-mark--path');
    }
    for (const el of document.querySelectorAll('[data-edge-id="q2:0"]')) {
      expect(el).toHaveClass('map-mark--path');
    }
    expect(document.querySelectorAll('[aria-current="step"]')).toHaveLength(2);
    expect(document.querySelector('li[data-edge-id="q1:0"]')).toHaveTextContent(
      /^If “Yes”: Your answer/,
    );
    const note = document.querySelector<HTMLElement>('[data-map-note="here"]');
    expect(note?.hidden).toBe(false);
    expect(note?.querySelector('p')).toHaveTextContent(
      /^You are on Step 3 of about 5: The bank is down$/,
    );
    expect(note?.querySelector<HTMLElement>('[data-map-here-chose]')?.hidden).toBe(true);
    expect(screen.getByRole('link', { name: 'Go back to this step' })).toHaveAttribute(
      'href',
      stepHref(asNodeId('wait'), session(0, 0)),
    );
    for (const key of document.querySelectorAll<HTMLElement>('[data-map-path-key]')) {
      expect(key.hidden).toBe(false);
    }
  });

  it('marks the route a situation chose as chosen, in its words, never as "Your answer"', () => {
    renderPage();
    const chose = encodeSession(testTree, {
      answers: [0, 0],
      situation: { index: 1, implied: 1 },
    });
    applyPosition(document, mapPosition(testTree, chose), stepHref, [
      'My bank shows a maintenance page',
      'It fails the moment I update',
    ]);
    for (const el of document.querySelectorAll('[data-edge-id="q1:0"], [data-node-id="q1"]')) {
      expect(el).toHaveClass('map-mark--chose');
      expect(el).not.toHaveClass('map-mark--path');
    }
    const skipped = document.querySelector('li[data-edge-id="q1:0"] > .map-list__said');
    expect(skipped).toHaveTextContent(/^If “Yes”: Chose: It fails the moment I update$/);
    expect(document.querySelector('li[data-edge-id="q2:0"]')).toHaveTextContent(
      /^If “No”: Your answer/,
    );
    const note = document.querySelector<HTMLElement>('[data-map-note="here"]');
    expect(note?.querySelector('p')).toHaveTextContent(
      /^You are on Step 3 of about 5: The bank is down$/,
    );
    const said = note?.querySelector<HTMLElement>('[data-map-here-chose]');
    expect(said?.hidden).toBe(false);
    expect(said?.querySelector('p')).toHaveTextContent(/^Chose: It fails the moment I update$/);
    expect(document.querySelector<HTMLElement>('[data-map-chose-key]')?.hidden).toBe(false);
  });

  it('links steps back along the path and ahead, and unlinks the roads not taken', () => {
    renderPage();
    applyPosition(document, mapPosition(testTree, session(1)), stepHref);
    expect(hrefsOf('q1')).toEqual([
      stepHref(asNodeId('q1'), session()),
      stepHref(asNodeId('q1'), session()),
    ]);
    expect(hrefsOf('done')[0]).toBe(stepHref(asNodeId('done'), session(1, 0)));
    expect(hrefsOf('q2')).toEqual([null, null]);
    for (const el of document.querySelectorAll('[data-node-id="wait"]')) {
      expect(el).toHaveClass('map-mark--unreachable');
    }
  });

  it.each([
    ['zzzz-0', 'content-changed'],
    ['%%%', 'damaged'],
  ])('shows the plain map and a note for the session %s', (raw, reason) => {
    renderPage();
    const before = hrefsOf('expert');
    applyPosition(document, mapPosition(testTree, raw), stepHref);
    expect(document.querySelector<HTMLElement>(`[data-map-note="${reason}"]`)?.hidden).toBe(false);
    expect(document.querySelector<HTMLElement>('[data-map-note="here"]')?.hidden).toBe(true);
    expect(
      document.querySelectorAll(
        '[data-node-id].map-mark--path, [data-edge-id].map-mark--path, .map-mark--current',
      ),
    ).toHaveLength(0);
    expect(hrefsOf('expert')).toEqual(before);
  });
});
