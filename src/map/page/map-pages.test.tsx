import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { site } from '../../content/runtime/app-content.ts';
import { testTree } from '../../engine/test-tree.ts';
import { layOutMap } from '../layout/lay-out-map.ts';
import { buildMapGraph } from '../model/build-map-graph.ts';
import { realGuidedErrors } from '../test-support/real-trees.ts';
import { tinyFixture } from '../test-support/tiny-fixture.ts';
import { MapPage, type MapPageProps } from './map-page.tsx';
import { mapPages } from './map-pages.tsx';

describe('mapPages', () => {
  it('makes one page per guided error, with its layout and downloads beside it', () => {
    const errors = realGuidedErrors();
    const pages = mapPages(errors, site, '/');
    expect(pages.map((p) => p.path)).toEqual(errors.map((e) => `/errors/${e.slug}/map`));
    for (const page of pages) {
      expect(page.files.map((f) => f.file.split('/').pop())).toEqual([
        'layout.json',
        expect.stringMatching(/\.mmd$/),
        expect.stringMatching(/\.dot$/),
      ]);
      expect(page.dataBlock).toMatch(
        /^<script type="application\/json" id="map-shape">\{.*\}<\/script>$/,
      );
    }
  });

  it('puts the base path in every link, and nothing in the data block can close it', () => {
    const tiny = { ...tinyFixture(), title: 'Error 900: </script><b>' };
    const [page] = mapPages([tiny], site, '/help/');
    const body = page ? renderToString(page.render({})) + page.dataBlock : '';
    expect(body).toContain('href="/help/errors/tiny/step/ask?s=');
    expect(body).toContain('href="/help/errors/tiny/map/error-tiny-map.mmd"');
    expect(body.match(/<\/script>/g)).toHaveLength(1);
    const agent = page ? renderToString(page.render({ mode: 'agent' })) : '';
    expect(agent).toContain('&amp;mode=agent');
  });
});

describe('MapPage', () => {
  const props: MapPageProps = {
    code: '900',
    slug: 'test',
    layout: layOutMap(buildMapGraph(testTree)),
    hrefFor: (id) => `/step/${id}`,
    links: { error: '/errors/test', mermaid: '/a.mmd', dot: '/a.dot' },
  };

  it('keeps the authors’ section closed and shows no triage figures without them', () => {
    const { container } = render(<MapPage {...props} />);
    expect(container.querySelector('details.map-authors')).not.toHaveAttribute('open');
    expect(screen.queryByText('Expected answers to reach a fix')).toBeNull();
    expect(screen.getByText('npm run visualise -- test --format mermaid')).toBeInTheDocument();
  });

  it('shows the triage figures when they are given', () => {
    render(<MapPage {...props} triageFigures={{ expectedAnswers: 1.8, lowerBound: 1.42 }} />);
    expect(screen.getByText('Expected answers to reach a fix').nextSibling).toHaveTextContent(
      '1.80',
    );
    expect(screen.getByText('Lower bound for these likelihoods').nextSibling).toHaveTextContent(
      '1.42',
    );
  });
});
