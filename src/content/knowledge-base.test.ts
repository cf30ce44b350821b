/**
 * The real knowledge base, walked the way a user walks it: by answer label.
 * Each cause's answers come from the content itself (its "sounds like me" link), so the walks
 * follow the trees as they are; the explicit walks below pin what the triage promises.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  allPaths,
  asNodeId,
  buildTree,
  choicesOf,
  sessionFromLabels,
  walk,
  type FixNode,
  type Session,
  type Tree,
  type TreeNode,
} from '../engine/index.ts';
import { readContentDir } from './read-content-dir.ts';
import type { AgentScripts, ErrorEntry, GuidedError } from './types.ts';

let errors: readonly ErrorEntry[] = [];
let agentScripts: Readonly<Record<string, AgentScripts>> = {};

beforeAll(() => {
  const result = readContentDir(process.cwd());
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  errors = result.content.errors;
  agentScripts = result.content.agentScripts;
});

function guided(slug: string): GuidedError {
  const entry = errors.find((e) => e.slug === slug);
  if (!entry || entry.kind !== 'guided') throw new Error(`no guided error "${slug}"`);
  return entry;
}

function treeOf(slug: string): Tree {
  const { tree } = guided(slug);
  const built = buildTree(tree.id, tree.start, tree.nodes);
  if (!built.ok) throw new Error(`tree ${slug} is not sound: ${JSON.stringify(built.error)}`);
  return built.value;
}

function current(tree: Tree, session: Session): TreeNode {
  const walked = walk(tree, session);
  if (!walked.ok) throw new Error(`walk failed: ${JSON.stringify(walked.error)}`);
  return walked.value.current;
}

/** Answers each step by its label, from the start, and returns the node reached. */
function walkByLabels(tree: Tree, labels: readonly string[]): TreeNode {
  const session = sessionFromLabels(tree, labels);
  if (!session.ok) throw new Error(JSON.stringify(session.error));
  return current(tree, session.value);
}

/** The labels a cause's "sounds like me" link answers with, read back from the tree. */
function labelsOf(tree: Tree, answers: readonly number[]): string[] {
  const walked = walk(tree, { answers });
  if (!walked.ok) throw new Error(JSON.stringify(walked.error));
  return walked.value.path.map((step) => step.choice.label);
}

function nodeOf(tree: Tree, id: string): TreeNode {
  const node = tree.nodes.get(asNodeId(id));
  if (!node) throw new Error(`no node "${id}"`);
  return node;
}

function fixOf(node: TreeNode): FixNode {
  if (node.kind !== 'fix') throw new Error(`"${node.id}" is a ${node.kind}, not a fix`);
  return node;
}

function fixNodeOf(slug: string, causeId: string): string {
  const cause = guided(slug).causes.find((c) => c.id === causeId);
  if (!cause) throw new Error(`${slug} has no cause "${causeId}"`);
  return cause.fixNode;
}

const NOT_FIXED = 'No, I still see the error';
const FIXED = 'Yes, the error is gone';
const SLUGS = ['102', '202'];

describe.each(SLUGS)('%s: each cause, answered as someone with it', (slug) => {
  it('every cause has a situation in the owner’s words whose link lands on its fix', () => {
    const tree = treeOf(slug);
    for (const cause of guided(slug).causes) {
      expect(cause.soundsLike.text.length, cause.id).toBeGreaterThan(10);
      const labels = labelsOf(tree, cause.soundsLike.answers);
      expect(walkByLabels(tree, labels).id, `${cause.id} via ${labels.join(' > ')}`).toBe(
        cause.fixNode,
      );
    }
  });
});

describe('Error 102', () => {
  const SITE_WORKS = 'It lets me in, with nothing waiting for me';
  const ONE_ACCOUNT = 'Only one account fails; my other accounts at this bank update';
  const STOP = ['expert-48h', 'expert-script', 'expert-tokens'];

  it('has exactly the three causes from the source, 70/20/10', () => {
    expect(guided('102').causes.map((c) => [c.id, c.likelihood])).toEqual([
      ['bank-maintenance', 70],
      ['bank-notice', 20],
      ['account-change', 10],
    ]);
  });

  it('asks first what the bank’s website shows', () => {
    const first = current(treeOf('102'), { answers: [] });
    expect(first.title).toMatch(/bank's website/);
    expect(choicesOf(first).map((c) => c.next)).toEqual([
      'wait-for-bank',
      'check-bank-notices',
      'in-quickbooks',
      'bank-sign-in',
    ]);
  });

  it('a maintenance page goes straight to the 2 to 4 hour wait', () => {
    const node = walkByLabels(treeOf('102'), ["A maintenance page, or the site won't load"]);
    expect(node.id).toBe(fixNodeOf('102', 'bank-maintenance'));
    expect(node.kind === 'wait' && node.wait).toEqual({ minMinutes: 120, maxMinutes: 240 });
  });

  it('the quick fix keeps the notice and the three updates together (repair steps 1 and 2)', () => {
    const node = walkByLabels(treeOf('102'), ['A notice, new terms or a request to do something']);
    expect(node.id).toBe(fixNodeOf('102', 'bank-notice'));
    const fix = fixOf(node);
    expect(fix.origin).toEqual({
      kind: 'repair-steps',
      steps: [
        { number: 1, name: "Check your bank's website in a browser" },
        { number: 2, name: 'Update three times, a minute apart' },
      ],
    });
    const last = fix.steps[fix.steps.length - 1];
    expect(last?.repairStep).toBe(2);
    expect(last?.text).toMatch(/60 seconds.*three times/s);
  });

  it('one account failing goes straight to the account reset, with no notice or updates first', () => {
    const tree = treeOf('102');
    const session = sessionFromLabels(tree, [SITE_WORKS, ONE_ACCOUNT]);
    const walked = session.ok ? walk(tree, session.value) : undefined;
    expect(walked?.ok && walked.value.current.id).toBe(fixNodeOf('102', 'account-change'));
    expect(walked?.ok && walked.value.path.map((s) => s.node.kind)).toEqual([
      'question',
      'question',
    ]);
  });

  it('the stop conditions are offered before every step that changes settings', () => {
    const tree = treeOf('102');
    for (const route of allPaths(tree)) {
      route.nodes.forEach((id, index) => {
        if (id !== 'sync-reset' && id !== 'local-settings') return;
        const before = route.nodes[index - 1];
        const asked = before ? tree.nodes.get(before) : undefined;
        const offers = asked ? choicesOf(asked).map((c) => c.next) : [];
        expect(offers, `${route.nodes.join(' > ')}`).toEqual(expect.arrayContaining(STOP));
      });
    }
  });

  it('nobody is asked for the three updates twice', () => {
    for (const route of allPaths(treeOf('102'))) {
      const ids = route.nodes.map(String);
      const both = ids.includes('check-bank-notices') && ids.includes('manual-refresh');
      expect(both, ids.join(' > ')).toBe(false);
    }
  });

  it('48 business hours with no maintenance stops at the expert, before any reset', () => {
    const node = walkByLabels(treeOf('102'), [
      SITE_WORKS,
      "It has failed for over 48 business hours, and my bank says there's no maintenance",
    ]);
    expect(node.id).toBe('expert-48h');
    expect(node.kind === 'escalation' && node.reason).toMatch(/48 business hours/);
  });

  it('every account at the bank failing after three updates is waited out, not reset', () => {
    const tree = treeOf('102');
    const node = walkByLabels(tree, [
      SITE_WORKS,
      "All my accounts at this bank fail, or it's my only one there",
      NOT_FIXED,
      'All my accounts at this bank fail',
    ]);
    expect(node.id).toBe('wait-for-connection');
    expect(choicesOf(node).find((c) => c.next === node.id)?.retry).toBe(true);
  });

  it('a rejected or locked bank sign-in is sorted out with the bank, then QuickBooks is asked about', () => {
    const tree = treeOf('102');
    const locked = "It won't let me in";
    expect(walkByLabels(tree, [locked]).id).toBe('bank-sign-in');
    expect(walkByLabels(tree, [locked, FIXED]).kind).toBe('resolved');
    expect(walkByLabels(tree, [locked, NOT_FIXED]).id).toBe('in-quickbooks');
  });

  it('the sync reset warns once for the whole fix (backup and last download date) and again at the deactivation', () => {
    const fix = fixOf(nodeOf(treeOf('102'), fixNodeOf('102', 'account-change')));
    expect(fix.risk).toMatch(/back ?up/i);
    expect(fix.risk).toMatch(/date/i);
    const step = fix.steps.find((s) => s.text.includes('Deactivate All Online Services'));
    expect(step?.risk).toMatch(/back ?up/i);
    expect(fix.steps.filter((s) => s.risk)).toEqual([step]);
  });

  it('numbers the source’s three repair steps once, and marks our extra checks as ours', () => {
    const entry = guided('102');
    expect(entry.repairSteps?.map((s) => s.number)).toEqual([1, 2, 3]);
    const origins = Object.fromEntries(
      entry.tree.nodes.flatMap((n) => (n.kind === 'fix' ? [[n.id, n.origin]] : [])),
    );
    expect(origins['manual-refresh']).toEqual({
      kind: 'repair-steps',
      steps: [{ number: 2, name: 'Update three times, a minute apart' }],
    });
    expect(origins['sync-reset']).toEqual({
      kind: 'repair-steps',
      steps: [{ number: 3, name: "Reset the account's bank feed" }],
    });
    expect(origins['local-settings']).toEqual({ kind: 'added-by-us' });
    expect(origins['bank-sign-in']).toEqual({ kind: 'added-by-us' });
    expect(entry.summary.join(' ')).toMatch(/three repair steps/);
    expect(entry.summary.join(' ')).toMatch(/two extra checks/);
  });
});

describe('Error 202', () => {
  const NOTHING = 'Nothing yet';
  const SIGNED_IN = "I've signed out of Intuit in QuickBooks and back in";
  const BOTH = "I've signed in again and cleared the SSL state";

  it('has the six causes from the source', () => {
    expect(guided('202').causes.map((c) => c.id)).toEqual([
      'outdated-credentials',
      'expired-session',
      'intuit-service-issue',
      'ssl-cache',
      'pending-mfa',
      'unsupported-version',
    ]);
  });

  it('asks first what the owner has tried, then status.intuit.com, then whether Intuit asks for a code', () => {
    const tree = treeOf('202');
    expect(current(tree, { answers: [] }).title).toBe('What have you tried so far?');
    const checks = walkByLabels(tree, [NOTHING]);
    const labels = choicesOf(checks).map((c) => c.label);
    expect(labels[0]).toMatch(/status\.intuit\.com/);
    expect(labels[1]).toMatch(/code/);
  });

  it('someone who already signed in again is not asked to do it again', () => {
    const tree = treeOf('202');
    for (const route of allPaths(tree)) {
      if (route.answers[0] !== 1) continue;
      expect(route.nodes, route.nodes.join(' > ')).not.toContain('refresh-session');
    }
    expect(walkByLabels(tree, [SIGNED_IN, 'Both are fine']).id).toBe(fixNodeOf('202', 'ssl-cache'));
  });

  it('someone who already signed in again and cleared the SSL state goes straight to the year', () => {
    const tree = treeOf('202');
    expect(walkByLabels(tree, [BOTH]).id).toBe('year');
    for (const route of allPaths(tree)) {
      if (route.answers[0] !== 2) continue;
      const fixes = route.nodes.filter((id) => tree.nodes.get(id)?.kind === 'fix');
      expect(
        fixes.filter((id) => id !== 'upgrade'),
        route.nodes.join(' > '),
      ).toEqual([]);
    }
  });

  it('the year is asked only once re-sign-in and the SSL clear have been tried', () => {
    const tree = treeOf('202');
    for (const route of allPaths(tree)) {
      const ids = route.nodes.map(String);
      const at = ids.indexOf('year');
      if (at < 0) continue;
      const saidBoth = route.answers[0] === 2;
      expect(saidBoth || ids.slice(0, at).includes('clear-ssl'), ids.join(' > ')).toBe(true);
    }
  });

  it('an escalation after the year was given never asks for the year again', () => {
    const tree = treeOf('202');
    const rows = choicesOf(nodeOf(tree, 'year')).filter((c) => c.label !== 'Not sure');
    for (const row of rows) {
      const target = tree.nodes.get(row.next);
      const leaves = target?.kind === 'fix' ? [tree.nodes.get(target.notFixed.next)] : [target];
      for (const leaf of leaves) {
        if (leaf?.kind === 'escalation') expect(leaf.reason, leaf.id).not.toMatch(/F2/);
      }
    }
    const notSure = walkByLabels(tree, [BOTH, 'Not sure']);
    expect(notSure.kind === 'escalation' && notSure.reason).toMatch(/F2/);
  });

  it('a confirmed end leads with the upgrade and offers a way on; an inferred one never ends at a purchase', () => {
    const entry = guided('202');
    const tree = treeOf('202');
    for (const row of entry.versionTable?.rows ?? []) {
      if (row.payroll !== 'ended' && row.bankFeeds !== 'ended') continue;
      const node = walkByLabels(tree, [BOTH, row.label]);
      if (row.certainty === 'confirmed') {
        expect(node.id, row.label).toBe(fixNodeOf('202', 'unsupported-version'));
        expect(node.kind === 'fix' && node.notFixed.label).toMatch(/still works/);
      } else {
        expect(node.id, row.label).not.toBe(fixNodeOf('202', 'unsupported-version'));
        expect(node.kind === 'escalation' && node.reason).toMatch(/not|haven't/);
        expect(node.kind === 'escalation' && node.reason).toMatch(/last resort/);
      }
    }
    expect(entry.versionTable?.rows.some((r) => r.certainty === 'inferred')).toBe(true);
  });

  it('a page that will not load is a network problem, not 202', () => {
    expect(walkByLabels(treeOf('202'), [NOTHING, 'Neither page will load']).id).toBe(
      'not-202-network',
    );
  });

  it('the sign-out step says plainly that its place varies by year, and how to find it', () => {
    const fix = fixOf(nodeOf(treeOf('202'), fixNodeOf('202', 'expired-session')));
    const signOut = fix.steps.find((s) => /Sign out of your Intuit account/.test(s.text));
    expect(signOut?.note).toMatch(/differs between QuickBooks years/);
    expect(signOut?.note).toMatch(/Help menu/);
  });
});

describe.each(SLUGS)('%s is complete for phone agents and safe to follow', (slug) => {
  it('every node has an agent script', () => {
    const scripts = agentScripts[slug] ?? {};
    const missing = guided(slug)
      .tree.nodes.filter((n) => !scripts[n.id]?.node?.say || !scripts[n.id]?.node?.listenFor)
      .map((n) => n.id);
    expect(missing).toEqual([]);
  });

  it('every fix step has an agent script', () => {
    const scripts = agentScripts[slug] ?? {};
    const missing = guided(slug).tree.nodes.flatMap((n) =>
      n.kind === 'fix'
        ? n.steps.flatMap((_, i) => {
            const script = scripts[n.id]?.steps?.[i];
            return script?.say && script.listenFor ? [] : [`${n.id} step ${i + 1}`];
          })
        : [],
    );
    expect(missing).toEqual([]);
  });

  it('ships no agent script in the owner content', () => {
    expect(JSON.stringify(guided(slug))).not.toMatch(/"agent"|"listenFor"/);
  });

  it('every escalation warns against phone numbers from a web search', () => {
    for (const node of guided(slug).tree.nodes) {
      if (node.kind !== 'escalation') continue;
      expect(node.reason, node.id).toMatch(/never with a phone number from a web search/);
    }
  });

  it('every cause names a node of its tree', () => {
    const tree = treeOf(slug);
    for (const cause of guided(slug).causes) expect(tree.nodes.has(cause.fixNode)).toBe(true);
  });
});
