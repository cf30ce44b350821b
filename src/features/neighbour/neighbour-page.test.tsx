import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { site } from '../../content/runtime/app-content.ts';
import type { NeighbourError } from '../../content/types.ts';
import { asNodeId } from '../../engine/index.ts';
import { NeighbourPage } from './neighbour-page.tsx';

const h202: NeighbourError = {
  kind: 'neighbour',
  code: 'H202',
  slug: 'h202',
  title: "Error H202: this computer can't reach the company file's host",
  description: 'A multi-user mode problem.',
  appearsWhen: 'When you switch to multi-user mode',
  whatItIs: ['H202 appears in multi-user mode.'],
  lookalikeOf: ['202'],
  howToTell: ['Look for the letter H in front of the number.'],
  whereToGo: [
    {
      label: "Search Intuit's QuickBooks help for Error H202",
      url: 'https://quickbooks.intuit.com/learn-support/en-us/search?q=error+h202',
    },
  ],
  confidence: 'intuit',
  sources: [{ title: 'Intuit community article 1502150' }],
  search: { aliases: ['h202'], keywords: ['multi-user'] },
};

const ol202: NeighbourError = {
  ...h202,
  code: 'OL-202',
  slug: 'ol-202',
  title: 'Error OL-202: a bank feed message from your bank',
  lookalikeOf: ['202', '102'],
  confidence: 'third-party',
  sources: [{ title: 'A third-party page', url: 'https://example.com/ol-202' }],
};

const h505: NeighbourError = {
  ...h202,
  code: 'H505',
  slug: 'h505',
  title: 'Error H505: the computer with the file needs setting up',
  lookalikeOf: ['h202'],
  inGuide: {
    slug: 'h202',
    text: 'Intuit fixes H505 by turning off hosting on the workstations.',
    nodeId: asNodeId('stop-hosting'),
    stepTitle: 'Turn off hosting on the workstations',
    answers: [1, 0],
    session: 'ab12-10',
  },
};

function renderPage(entry: NeighbourError) {
  render(<NeighbourPage entry={entry} options={{}} />);
}

describe('NeighbourPage', () => {
  it('says what the code is, how to tell it apart and where to go', () => {
    renderPage(h202);
    expect(screen.getByRole('heading', { level: 1, name: h202.title })).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'What it is' })).toBeVisible();
    expect(screen.getByText('H202 appears in multi-user mode.')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'How to tell it from Error 202' })).toBeVisible();
    expect(screen.getByText(/Look for the letter H/)).toBeVisible();
    const help = screen.getByRole('link', {
      name: "Search Intuit's QuickBooks help for Error H202",
    });
    expect(help).toHaveAttribute('href', h202.whereToGo[0]?.url);
    expect(help).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByText('(quickbooks.intuit.com)')).toBeVisible();
    expect(screen.getByText(/From Intuit’s own help/)).toBeVisible();
  });

  it('uses the content’s own line above the links when it gives one', () => {
    renderPage({
      ...h202,
      whereToGoIntro: 'Intuit’s pages on a related problem; they never name it:',
    });
    expect(
      screen.getByText('Intuit’s pages on a related problem; they never name it:'),
    ).toBeVisible();
    expect(screen.queryByText(/Intuit’s help covers it/)).toBeNull();
  });

  it('warns about fake support numbers where it sends people to Intuit', () => {
    renderPage(h202);
    const where = screen.getByRole('heading', { name: 'Where to go' }).closest('section');
    expect(where).not.toBeNull();
    expect(within(where as HTMLElement).getByText(site.scamWarning)).toBeVisible();
  });

  it('leads back to the covered guide it is confused with', () => {
    renderPage(h202);
    expect(
      screen.getByRole('heading', { name: 'Think it might be Error 202 after all?' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Open the Error 202 guide' })).toHaveAttribute(
      'href',
      '/errors/202',
    );
  });

  it('flags a third-party code and links every lookalike and source', () => {
    renderPage(ol202);
    expect(screen.getAllByRole('note')[0]?.textContent).toMatch(
      /Commonly reported; not confirmed by Intuit/,
    );
    expect(screen.getByRole('link', { name: 'Open the Error 102 guide' })).toHaveAttribute(
      'href',
      '/errors/102',
    );
    expect(screen.getByRole('link', { name: 'A third-party page' })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );
  });

  it('links into the guide that covers the code, at the step it fits', () => {
    renderPage(h505);
    expect(
      screen.getByRole('heading', { name: 'Where to start in our Error H202 guide' }),
    ).toBeVisible();
    expect(screen.getByText(/turning off hosting/)).toBeVisible();
    expect(
      screen.getByRole('link', { name: 'Go to the step: Turn off hosting on the workstations' }),
    ).toHaveAttribute('href', '/errors/h202/step/stop-hosting?s=ab12-10');
    expect(screen.getByText('Intuit’s own help for this code:')).toBeVisible();
  });

  it('says plainly when Intuit has no page of its own on the code', () => {
    renderPage(ol202);
    expect(
      screen.getByText(/we found no page of Intuit’s own on it\. To ask Intuit directly:/),
    ).toBeVisible();
  });

  it('offers the guide’s first step when the link gives no answers', () => {
    renderPage({ ...h505, inGuide: h505.inGuide && { ...h505.inGuide, answers: [] } });
    expect(screen.getByRole('link', { name: 'Start the Error H202 guide' })).toBeVisible();
  });

  it('says it gives no fix of its own when no guide covers the code', () => {
    renderPage(h202);
    expect(
      screen.getByText('We don’t give our own fix for this code. Intuit’s help covers it:'),
    ).toBeVisible();
  });
});
