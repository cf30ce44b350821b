/**
 * The real knowledge base, walked the way a user walks it: by answer label.
 * For every cause of Error 202 and Error 102 there is one explicit walk that answers as someone
 * with that cause would, and lands on the node named by the cause's `fixNode`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  answer,
  buildTree,
  choicesOf,
  start,
  walk,
  type FixNode,
  type Session,
  type Tree,
  type TreeNode,
} from '../engine/index.ts';
import { readContentDir } from './read-content-dir.ts';
import type { ErrorEntry, GuidedError } from './types.ts';

let errors: readonly ErrorEntry[] = [];

beforeAll(() => {
  const result = readContentDir(process.cwd());
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  errors = result.content.errors;
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

/** Answers each question by its label, from the start, and returns the node reached. */
function walkByLabels(tree: Tree, labels: readonly string[]): TreeNode {
  let session = start();
  for (const label of labels) {
    const node = current(tree, session);
    const choices = choicesOf(node);
    const index = choices.findIndex((c) => c.label === label);
    if (index < 0) {
      const offered = choices.map((c) => `"${c.label}"`).join(', ');
      throw new Error(`node "${node.id}" has no answer "${label}" (offered: ${offered})`);
    }
    const next = answer(tree, session, index);
    if (!next.ok) throw new Error(`answer failed: ${JSON.stringify(next.error)}`);
    session = next.value;
  }
  return current(tree, session);
}

function fixNodeOf(slug: string, causeId: string): string {
  const cause = guided(slug).causes.find((c) => c.id === causeId);
  if (!cause) throw new Error(`${slug} has no cause "${causeId}"`);
  return cause.fixNode;
}

const NOT_FIXED = 'No, I still see the error';
const SUPPORTED = 'QuickBooks Desktop 2024 or newer';

describe('Error 102: each cause is reached by answering as someone with it', () => {
  it('has exactly the three causes from the source, 70/20/10', () => {
    expect(guided('102').causes.map((c) => [c.id, c.likelihood])).toEqual([
      ['bank-maintenance', 70],
      ['bank-notice', 20],
      ['account-change', 10],
    ]);
  });

  it('bank maintenance: error at once, bank website down → wait 2 to 4 hours', () => {
    const node = walkByLabels(treeOf('102'), ['Yes, straight away', 'No']);
    expect(node.id).toBe('wait-for-bank');
    expect(node.id).toBe(fixNodeOf('102', 'bank-maintenance'));
    expect(node.kind === 'wait' && node.wait).toEqual({ minMinutes: 120, maxMinutes: 240 });
  });

  it('unacknowledged notice: error at once, bank website works → clear the notice', () => {
    const node = walkByLabels(treeOf('102'), ['Yes, straight away', 'Yes']);
    expect(node.id).toBe('check-bank-notices');
    expect(node.id).toBe(fixNodeOf('102', 'bank-notice'));
  });

  it('account change: website works, no notice, three updates fail → sync reset', () => {
    const node = walkByLabels(treeOf('102'), ['Yes, straight away', 'Yes', NOT_FIXED, NOT_FIXED]);
    expect(node.id).toBe('sync-reset');
    expect(node.id).toBe(fixNodeOf('102', 'account-change'));
  });

  it('"not straight away" goes to the local settings and cache fix, then the manual refresh', () => {
    const tree = treeOf('102');
    expect(walkByLabels(tree, ['No, not straight away']).id).toBe('local-settings');
    expect(walkByLabels(tree, ['No, not straight away', NOT_FIXED]).id).toBe('manual-refresh');
  });

  it('the wait loops back on itself only through a retry answer', () => {
    const tree = treeOf('102');
    const wait = walkByLabels(tree, ['Yes, straight away', 'No']);
    const again = choicesOf(wait).find((c) => c.next === wait.id);
    expect(again?.retry).toBe(true);
    expect(walkByLabels(tree, ['Yes, straight away', 'No', 'It works now']).kind).toBe('resolved');
  });

  it('the sync reset warns once for the whole fix (backup and last download date) and again at the deactivation', () => {
    const node = walkByLabels(treeOf('102'), ['Yes, straight away', 'Yes', NOT_FIXED, NOT_FIXED]);
    expect(node.kind).toBe('fix');
    const fix = node as FixNode;
    expect(fix.risk).toMatch(/back ?up/i);
    expect(fix.risk).toMatch(/date/i);
    const step = fix.steps.find((s) => s.text.includes('Deactivate All Online Services'));
    expect(step?.risk).toMatch(/back ?up/i);
    const stepRisks = fix.steps.filter((s) => s.risk);
    expect(stepRisks).toEqual([step]);
  });

  it('a rejected or locked bank sign-in goes to sorting it out with the bank, not to the wait', () => {
    const tree = treeOf('102');
    const locked = "It won't accept my sign-in details, or says my account is locked";
    const node = walkByLabels(tree, ['Yes, straight away', locked]);
    expect(node.id).toBe('bank-sign-in');
    expect(node.kind).toBe('fix');
    expect(walkByLabels(tree, ['Yes, straight away', locked, 'Yes, the error is gone']).kind).toBe(
      'resolved',
    );
    expect(walkByLabels(tree, ['Yes, straight away', locked, NOT_FIXED]).id).toBe('manual-refresh');
  });

  it('every repair step fails → escalation', () => {
    const node = walkByLabels(treeOf('102'), [
      'Yes, straight away',
      'Yes',
      NOT_FIXED,
      NOT_FIXED,
      NOT_FIXED,
    ]);
    expect(node.kind).toBe('escalation');
  });
});

describe('Error 202: each cause is reached by answering as someone with it', () => {
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

  it('outdated credentials: browser sign-in works, password recently changed → sign in again', () => {
    const node = walkByLabels(treeOf('202'), [
      SUPPORTED,
      'I get in without any extra steps',
      'Yes',
    ]);
    expect(node.id).toBe('update-sign-in');
    expect(node.id).toBe(fixNodeOf('202', 'outdated-credentials'));
  });

  it('outdated credentials: the browser rejects the old password → sign in again', () => {
    const node = walkByLabels(treeOf('202'), [SUPPORTED, "It won't accept my email or password"]);
    expect(node.id).toBe(fixNodeOf('202', 'outdated-credentials'));
  });

  it('expired session: browser sign-in works, nothing changed → refresh the session', () => {
    const node = walkByLabels(treeOf('202'), [SUPPORTED, 'I get in without any extra steps', 'No']);
    expect(node.id).toBe('refresh-session');
    expect(node.id).toBe(fixNodeOf('202', 'expired-session'));
  });

  it('Intuit service issue: sign-in fixes fail, status page shows a problem → wait 30 to 60 minutes', () => {
    const node = walkByLabels(treeOf('202'), [
      SUPPORTED,
      'I get in without any extra steps',
      'No',
      NOT_FIXED,
      'Yes, there is a problem listed',
    ]);
    expect(node.id).toBe('wait-for-intuit');
    expect(node.id).toBe(fixNodeOf('202', 'intuit-service-issue'));
    expect(node.kind === 'wait' && node.wait).toEqual({ minMinutes: 30, maxMinutes: 60 });
  });

  it('SSL state: sign-in fixes fail, status page normal → clear the SSL state', () => {
    const node = walkByLabels(treeOf('202'), [
      SUPPORTED,
      'I get in without any extra steps',
      'No',
      NOT_FIXED,
      'No, everything looks normal',
    ]);
    expect(node.id).toBe('clear-ssl');
    expect(node.id).toBe(fixNodeOf('202', 'ssl-cache'));
    const menus = (node as FixNode).steps.flatMap((s) => (s.menuPath ? [s.menuPath] : []));
    expect(menus).toContainEqual(['INETCPL.CPL', 'Content', 'Clear SSL State']);
  });

  it('pending MFA: the browser asks for verification → complete it', () => {
    const node = walkByLabels(treeOf('202'), [SUPPORTED, "It asks me to confirm it's me"]);
    expect(node.id).toBe('complete-mfa');
    expect(node.id).toBe(fixNodeOf('202', 'pending-mfa'));
  });

  it('unsupported version: "QuickBooks Desktop 2021 or earlier" goes straight to the upgrade node', () => {
    const node = walkByLabels(treeOf('202'), ['QuickBooks Desktop 2021 or earlier']);
    expect(node.id).toBe('upgrade');
    expect(node.id).toBe(fixNodeOf('202', 'unsupported-version'));
    expect(node.kind).toBe('escalation');
  });

  it('"Not sure" about the version continues into the sign-in checks', () => {
    expect(walkByLabels(treeOf('202'), ['Not sure']).id).toBe('intuit-sign-in');
  });

  it('persisting after re-sign-in and SSL clear → escalation with the scam warning', () => {
    const node = walkByLabels(treeOf('202'), [
      'Not sure',
      'I get in without any extra steps',
      'No',
      NOT_FIXED,
      'No, everything looks normal',
      NOT_FIXED,
    ]);
    expect(node.id).toBe('persisting');
    expect(node.kind === 'escalation' && node.reason).toMatch(/never with a phone number/);
  });
});

describe('every guided tree is complete for phone agents', () => {
  const slugs = ['102', '202'];

  it.each(slugs)('%s: every node has an agent script', (slug) => {
    const missing = guided(slug)
      .tree.nodes.filter((n) => !n.agent?.say || !n.agent.listenFor)
      .map((n) => n.id);
    expect(missing).toEqual([]);
  });

  it.each(slugs)('%s: every fix step has an agent script', (slug) => {
    const missing = guided(slug).tree.nodes.flatMap((n) =>
      n.kind === 'fix'
        ? n.steps.flatMap((s, i) =>
            s.agent?.say && s.agent.listenFor ? [] : [`${n.id} step ${i + 1}`],
          )
        : [],
    );
    expect(missing).toEqual([]);
  });

  it.each(slugs)('%s: every cause names a node of its tree', (slug) => {
    const tree = treeOf(slug);
    for (const cause of guided(slug).causes) expect(tree.nodes.has(cause.fixNode)).toBe(true);
  });
});
