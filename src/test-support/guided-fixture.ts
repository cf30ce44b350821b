/** A small covered error for screen tests: every node kind, a retry loop, risks and menus. */
import { toTree } from '../content/runtime/to-tree.ts';
import type { GuidedError } from '../content/types.ts';
import { asNodeId as id, encodeSession, type Tree } from '../engine/index.ts';

export const fixture: GuidedError = {
  kind: 'guided',
  code: '900',
  slug: 'tiny',
  title: 'Error 900: a tiny example',
  description: 'A small example.',
  summary: ['It fails when you press Update.', 'Your books are safe.'],
  appearsWhen: 'When you press Update',
  quickFix: 'Press Update again.',
  quickFixBasis: 'intuit',
  isAndIsNot: { is: ['It is a refusal.'], isNot: [{ codes: ['102'], text: 'Not the bank.' }] },
  snapshot: {
    dataRisk: { level: 'low', text: 'Nothing is written.' },
    whoIsAffected: 'Only you.',
    commonTrigger: 'Weekends.',
    timeToFix: 'Five minutes.',
  },
  causes: [
    {
      id: 'down',
      title: 'The server is down',
      likelihood: 70,
      likelihoodLabel: 'Most likely',
      explanation: 'It is down.',
      fixNode: id('wait'),
      soundsLike: { text: 'The website is down.', answers: [0] },
    },
    {
      id: 'stale',
      title: 'Stale cache',
      explanation: 'Old files.',
      fixNode: id('refresh'),
      soundsLike: { text: 'It fails only now and then.', answers: [1] },
    },
  ],
  dataAtRisk: ['Nothing is at risk.'],
  anatomy: ['It asks; nobody answers.'],
  costOfDelay: { today: 'Little.', endOfWeek: 'More.' },
  severityRaisers: ['Payroll day.'],
  expert: {
    when: ['After two days.'],
    professionalWill: ['Read the logs.'],
    costs: [{ label: 'Consultation', minDollars: 100, maxDollars: 250, covers: 'A first look.' }],
    costNote: 'Ask for a quote.',
  },
  outlook: 'It usually clears.',
  related: [{ slug: '102', why: 'A bank error.' }],
  sources: [{ title: 'Test source', url: 'https://example.com/source' }],
  search: { aliases: ['900'], keywords: ['tiny'] },
  versionTable: {
    rows: [
      {
        label: 'QuickBooks Desktop 2024',
        payroll: 'supported',
        bankFeeds: 'supported',
        certainty: 'confirmed',
        asOf: '2026-11-01',
        source: 'Intuit',
      },
    ],
  },
  tree: {
    id: 'tiny',
    start: id('ask'),
    nodes: [
      {
        kind: 'question',
        id: id('ask'),
        title: 'Does it fail at once?',
        help: 'Think about the last time.',
        answers: [
          { label: 'Yes', next: id('wait') },
          { label: 'No', next: id('refresh'), hint: 'It takes a while.' },
          { label: 'Not sure', next: id('refresh') },
        ],
      },
      {
        kind: 'wait',
        id: id('wait'),
        title: 'The server is down',
        body: 'The server is having maintenance.',
        wait: { minMinutes: 120, maxMinutes: 240 },
        meanwhile: ['Use the website.'],
        dataSafety: 'Your books are safe.',
        outcomes: [
          { label: 'It works now', next: id('fixed') },
          { label: 'Still down', next: id('wait'), retry: true },
          { label: 'Still failing', next: id('refresh') },
        ],
      },
      {
        kind: 'fix',
        id: id('refresh'),
        title: 'Refresh the feed',
        intro: 'A refresh often helps.',
        risk: 'Back up first.',
        steps: [
          {
            text: 'Open the Bank Feeds Center.',
            menuPath: ['Banking', 'Bank Feeds', 'Bank Feeds Center'],
          },
          { text: 'Deactivate the account.', risk: 'Note the last date.', note: 'Takes a minute.' },
        ],
        fixed: { label: 'Yes, the error is gone', next: id('fixed') },
        notFixed: { label: 'No, I still see the error', next: id('expert') },
      },
      {
        kind: 'resolved',
        id: id('fixed'),
        title: 'Fixed',
        whatFixedIt: 'Waiting for the server.',
        prevention: ['Check the status page first.'],
      },
      { kind: 'escalation', id: id('expert'), title: 'Call an expert', reason: 'Nothing worked.' },
    ],
  },
};

export const fixtureTree: Tree = toTree(fixture.tree);

/** The URL of the step that `answers` lead to, e.g. stepUrl('refresh', [1]). */
export const stepUrl = (nodeId: string, answers: number[], slug = 'tiny'): string =>
  `/errors/${slug}/step/${nodeId}?s=${encodeSession(fixtureTree, { answers })}`;
