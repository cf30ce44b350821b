/**
 * The real knowledge base, walked the way a user walks it: by answer label.
 * Each cause's answers come from the content itself (its "sounds like me" link), so the walks
 * follow the trees as they are; the explicit walks below pin what the triage promises.
 */
import { describe, expect, it } from 'vitest';
import {
  allPaths,
  asNodeId,
  assertNever,
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

const result = readContentDir(process.cwd());
if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
const errors: readonly ErrorEntry[] = result.content.errors;
const agentScripts: Readonly<Record<string, AgentScripts>> = result.content.agentScripts;

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
const OLD_YEAR = 'My QuickBooks year may be too old';
const YEAR_QUESTION = 'Which year of QuickBooks Desktop do you use?';
const FIXED = 'Yes, the error is gone';
/** Every guided error in content/, so that a new guide is held to the same promises. */
const SLUGS = errors.flatMap((e) => (e.kind === 'guided' ? [e.slug] : []));

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

  it('a maintenance page goes straight to a wait of a day, as Intuit says (article 1207317)', () => {
    const node = walkByLabels(treeOf('102'), ["A maintenance page, or the site won't load"]);
    expect(node.id).toBe(fixNodeOf('102', 'bank-maintenance'));
    expect(node.kind === 'wait' && node.wait).toEqual({ minMinutes: 1440, maxMinutes: 1440 });
    expect(node.kind === 'wait' && node.basis).toBe('intuit');
    expect(node.kind === 'wait' && node.body).toMatch(/new bank account/);
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
      'I have other accounts at this bank, and they fail too',
    ]);
    expect(node.id).toBe('wait-for-connection');
    expect(choicesOf(node).find((c) => c.next === node.id)?.retry).toBe(true);
  });

  it('after three updates, someone who said every account fails is asked only which of the two it was', () => {
    const tree = treeOf('102');
    const asked = [
      SITE_WORKS,
      "All my accounts at this bank fail, or it's my only one there",
      NOT_FIXED,
    ];
    const node = walkByLabels(tree, asked);
    expect(choicesOf(node).map((c) => c.label)).not.toContain('All my accounts at this bank fail');
    expect(walkByLabels(tree, [...asked, "It's my only account at this bank"]).id).toBe(
      'sync-reset',
    );
  });

  it('a rejected or locked bank sign-in is sorted out with the bank, then QuickBooks is asked about', () => {
    const tree = treeOf('102');
    const locked = "It won't let me in";
    expect(walkByLabels(tree, [locked]).id).toBe('bank-sign-in');
    expect(walkByLabels(tree, [locked, FIXED]).kind).toBe('resolved');
    expect(walkByLabels(tree, [locked, NOT_FIXED]).id).toBe('in-quickbooks');
  });

  it('the sync reset warns once for the whole fix and again at the deactivation, with the sourced safeguards', () => {
    const fix = fixOf(nodeOf(treeOf('102'), fixNodeOf('102', 'account-change')));
    expect(fix.risk).toMatch(/new backup/i);
    const step = fix.steps.find((s) => s.text.includes('Deactivate All Online Services'));
    expect(step?.risk).toMatch(/back ?up/i);
    expect(step?.risk).toMatch(/waiting for review/);
    expect(fix.steps.filter((s) => s.risk)).toEqual([step]);
    // Intuit's older reset help: unsent items first, then exit and restart QuickBooks.
    const pending = fix.steps.findIndex((s) => s.text.includes('waiting for review'));
    const restart = fix.steps.findIndex((s) => s.text.startsWith('Close QuickBooks completely'));
    const deactivate = fix.steps.findIndex((s) => s === step);
    expect(pending).toBeGreaterThan(-1);
    expect(pending).toBeLessThan(deactivate);
    expect(restart).toBe(deactivate + 1);
    expect(fix.steps[restart]?.basis).toBe('intuit');
    // A bank's own instructions: link to the existing account, never Create New.
    const link = fix.steps.find((s) => s.text.includes('Select Existing'));
    expect(link?.text).toMatch(/Don't choose Create New/);
    expect(link?.basis).toBe('bank');
    // Menu paths no source gives are gone.
    expect(fix.steps.flatMap((s) => s.menuPath ?? [])).not.toContain('Use Register');
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
        if (leaf?.kind === 'escalation') expect(leaf.reason, leaf.id).not.toMatch(/year \(it is/);
      }
    }
    const notSure = walkByLabels(tree, [BOTH, 'Not sure']);
    expect(notSure.kind === 'escalation' && notSure.reason).toMatch(/product's name/);
    // No source names F2 or the Product Information window for this.
    expect(JSON.stringify(guided('202'))).not.toMatch(/F2|Product Information/);
  });

  it('a confirmed end leads with the upgrade and offers a way on; an inferred one never ends at a purchase', () => {
    const entry = guided('202');
    const tree = treeOf('202');
    for (const row of entry.versionTable?.rows ?? []) {
      if (row.payroll !== 'ended' && row.bankFeeds !== 'ended') continue;
      const node = walkByLabels(tree, [BOTH, row.label]);
      if (row.certainty !== 'inferred') {
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

  it('someone on a year reported ended reaches the upgrade in two answers, told how sure that is', () => {
    const entry = guided('202');
    const tree = treeOf('202');
    const reportedEnded = (entry.versionTable?.rows ?? []).filter(
      (r) => (r.payroll === 'ended' || r.bankFeeds === 'ended') && r.certainty !== 'inferred',
    );
    expect(reportedEnded.length).toBeGreaterThan(0);
    for (const row of reportedEnded) {
      const node = walkByLabels(tree, [OLD_YEAR, row.label]);
      expect(node.id, row.label).toBe(fixNodeOf('202', 'unsupported-version'));
      expect(fixOf(node).intro).toMatch(/report/);
      expect(fixOf(node).intro).toMatch(/no notice from Intuit/);
    }
    // The situation link takes the same two answers, and names the newest such year.
    const cause = entry.causes.find((c) => c.id === 'unsupported-version');
    expect(cause && labelsOf(tree, cause.soundsLike.answers)[0]).toBe(OLD_YEAR);
    expect(cause?.soundsLike.answers).toHaveLength(2);
    const newest = Math.max(...reportedEnded.map((r) => Number(/\d{4}/.exec(r.label)?.[0])));
    expect(cause?.soundsLike.text).toContain(`${newest} or older`);
  });

  it('a year still served, or one whose end is only our reading, gets the sign-in fixes without being asked the year again', () => {
    const tree = treeOf('202');
    expect(nodeOf(tree, 'year-first').title).toBe(YEAR_QUESTION);
    expect(nodeOf(tree, 'year').title).toBe(YEAR_QUESTION);
    const supported = walkByLabels(tree, [OLD_YEAR, 'QuickBooks Desktop 2024 or newer']);
    expect(supported.title).toBe(nodeOf(tree, 'first-checks').title);
    for (const route of allPaths(tree)) {
      const years = route.nodes.filter((id) => nodeOf(tree, id).title === YEAR_QUESTION);
      expect(years.length, route.nodes.join(' > ')).toBeLessThanOrEqual(1);
    }
    const inferred = (guided('202').versionTable?.rows ?? []).filter(
      (r) => r.certainty === 'inferred',
    );
    for (const row of inferred) {
      const node = walkByLabels(tree, [OLD_YEAR, row.label]);
      expect(node.title, row.label).toBe(nodeOf(tree, 'first-checks').title);
    }
    const notSure = walkByLabels(tree, [OLD_YEAR, 'Not sure']);
    expect(notSure.title).toBe(nodeOf(tree, 'first-checks').title);
  });

  it('the sign-in fixes give Intuit’s path to the Intuit account, and say no source gives a sign-out path per year', () => {
    const tree = treeOf('202');
    for (const causeId of ['outdated-credentials', 'expired-session']) {
      const fix = fixOf(nodeOf(tree, fixNodeOf('202', causeId)));
      const manage = fix.steps.find((s) => s.menuPath?.includes('Intuit Account User Management'));
      expect(manage?.menuPath, causeId).toEqual([
        'Company',
        'Set Up Users and Passwords',
        'Intuit Account User Management',
      ]);
      expect(manage?.basis, causeId).toBe('intuit');
      const signOut = fix.steps.find((s) => /^Sign out of your Intuit account/.test(s.text));
      expect(signOut?.note, causeId).toMatch(
        /No public source we found.*sign-out is for\s+each QuickBooks year/s,
      );
      const at = (step: typeof manage) => (step ? fix.steps.indexOf(step) : -1);
      expect(at(manage), causeId).toBeGreaterThanOrEqual(0);
      expect(at(manage) < at(signOut), causeId).toBe(true);
    }
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

/** Every piece of text a node shows, its agent scripts included, for checks on wording. */
function textsOf(node: TreeNode, slug: string): string[] {
  const scripts = agentScripts[slug]?.[node.id];
  const said = [scripts?.node, ...(scripts?.steps ?? [])].flatMap((script) =>
    script ? [script.say, script.listenFor ?? ''] : [],
  );
  const own = [node.title, ...said];
  switch (node.kind) {
    case 'question':
      return [...own, node.help ?? '', ...node.answers.flatMap((a) => [a.label, a.hint ?? ''])];
    case 'fix':
      return [
        ...own,
        node.intro ?? '',
        node.risk ?? '',
        ...node.steps.flatMap((st) => [st.text, st.note ?? '', st.risk ?? '']),
      ];
    case 'wait':
      return [...own, node.body, node.dataSafety, ...node.meanwhile];
    case 'escalation':
      return [...own, node.reason];
    case 'resolved':
      return [...own, node.whatFixedIt, ...node.prevention];
    default:
      return assertNever(node);
  }
}

describe('Error H202', () => {
  const ALL = 'Several of them, or all the workstations';
  const SOME = 'Only one workstation';
  const DONE = "We've scanned on the server and turned off hosting everywhere";
  const OFFICIAL = ['scan-server', 'server-setup', 'stop-hosting', 'hosts-file'];

  it('asks first which computers show it, and which one holds the file', () => {
    const first = current(treeOf('h202'), { answers: [] });
    expect(first.title).toBe('Which computers show the error?');
    expect(first.kind === 'question' && first.help).toMatch(/stores the company file/);
    expect(choicesOf(first).map((c) => c.next)).toEqual([
      'on-the-server',
      'on-this-workstation',
      'before-hosts-file',
      'expert-file',
    ]);
  });

  it('every workstation failing goes to the server: the scan, or installing QuickBooks there', () => {
    const tree = treeOf('h202');
    expect(walkByLabels(tree, [ALL, 'QuickBooks Database Server Manager']).id).toBe('scan-server');
    expect(walkByLabels(tree, [ALL, 'Nothing called that']).id).toBe('server-setup');
    expect(walkByLabels(tree, [ALL, "I can't sign in there as an administrator"]).id).toBe(
      'expert-admin',
    );
  });

  it('a workstation that hosts turns hosting off, with the menu path Intuit gives', () => {
    const tree = treeOf('h202');
    const fix = fixOf(walkByLabels(tree, [SOME, 'Stop Hosting Multi-User Access']));
    expect(fix.id).toBe(fixNodeOf('h202', 'workstation-hosting'));
    expect(fix.steps.map((st) => st.menuPath)).toContainEqual([
      'File',
      'Utilities',
      'Stop Hosting Multi-User Access',
    ]);
  });

  it('the hosts file is reached only through its conditions, which it repeats as a warning', () => {
    const tree = treeOf('h202');
    for (const route of allPaths(tree)) {
      const at = route.nodes.indexOf(asNodeId('hosts-file'));
      if (at >= 0) expect(route.nodes[at - 1], route.nodes.join(' > ')).toBe('before-hosts-file');
    }
    const ask = nodeOf(tree, 'before-hosts-file');
    expect(ask.kind === 'question' && ask.help).toMatch(/static/);
    expect(choicesOf(ask).map((c) => c.next)).toEqual(['hosts-file', 'expert-it', 'expert-admin']);
    const fix = fixOf(nodeOf(tree, 'hosts-file'));
    expect(fix.risk).toMatch(/static|same IP address/);
    expect(fix.risk).toMatch(/IT professional/);
    expect(walkByLabels(tree, [DONE, choicesOf(ask)[0]?.label ?? '']).id).toBe('hosts-file');
  });

  it('the steps only third parties describe come after the official ones, labelled, and nowhere else', () => {
    const tree = treeOf('h202');
    const common = fixOf(nodeOf(tree, 'commonly-suggested'));
    expect(common.title).toMatch(/^Commonly suggested/);
    expect(common.intro).toMatch(/not by Intuit/);
    for (const route of allPaths(tree)) {
      const at = route.nodes.indexOf(asNodeId('commonly-suggested'));
      if (at < 0) continue;
      expect(route.nodes.slice(0, at), route.nodes.join(' > ')).toContain('hosts-file');
    }
    const thirdParty = /services\.msc|\bping\b|\.ND\b|QBCFMonitorService/;
    for (const node of tree.nodes.values()) {
      if (node.id === 'commonly-suggested' || node.id === common.fixed.next) continue;
      expect(textsOf(node, 'h202').join(' '), node.id).not.toMatch(thirdParty);
    }
    expect(OFFICIAL.every((id) => tree.nodes.get(asNodeId(id))?.kind === 'fix')).toBe(true);
  });

  it('gives no firewall port numbers', () => {
    const text = JSON.stringify(guided('h202'));
    expect(text).not.toMatch(/\bports?\b/i);
    expect(text).not.toMatch(/\b(8019|5672\d|553[78]\d)\b/);
  });

  it('every fix that changes Windows carries a warning before it', () => {
    const tree = treeOf('h202');
    for (const id of ['scan-server', 'server-setup', 'hosts-file', 'commonly-suggested']) {
      expect(fixOf(nodeOf(tree, id)).risk, id).toMatch(/Windows/);
    }
  });

  it('H101, H303 and H505 have their own pages pointing into this guide', () => {
    for (const slug of ['h101', 'h303', 'h505']) {
      const entry = errors.find((e) => e.slug === slug);
      expect(entry?.kind, slug).toBe('neighbour');
      if (entry?.kind !== 'neighbour') continue;
      expect(entry.inGuide?.slug, slug).toBe('h202');
    }
    const h505 = errors.find((e) => e.slug === 'h505');
    expect(h505?.kind === 'neighbour' && h505.inGuide?.nodeId).toBe(
      fixNodeOf('h202', 'workstation-hosting'),
    );
  });
});

describe('Error OL-301 (and OL-393)', () => {
  const WORKS = 'It lets me in, with nothing waiting';

  it('asks first what the bank’s website shows', () => {
    const first = current(treeOf('ol-301'), { answers: [] });
    expect(first.title).toMatch(/bank's website/);
    expect(choicesOf(first).map((c) => c.next)).toEqual([
      'confirm-identity',
      'wait-for-bank',
      'sign-in-pin',
      'in-quickbooks',
    ]);
  });

  it('the test company file tells the bank from the file, and is backed up first', () => {
    const tree = treeOf('ol-301');
    const test = walkByLabels(tree, [
      WORKS,
      "Every account at this bank fails, or it's my only one there",
    ]);
    expect(test.id).toBe('test-file');
    expect(test.kind === 'question' && test.help).toMatch(/Back up/);
    expect(test.kind === 'question' && test.help).toMatch(/File, New Company, Express Start/);
    expect(walkByLabels(tree, [WORKS, 'A test company file gets the same error']).id).toBe(
      fixNodeOf('ol-301', 'bank-not-enabled'),
    );
  });

  it('the reset backs up, warns at the deactivation and at linking, and never creates a new account', () => {
    const fix = fixOf(nodeOf(treeOf('ol-301'), fixNodeOf('ol-301', 'account-changed')));
    expect(fix.risk).toMatch(/new backup/);
    expect(fix.risk).toMatch(/date/);
    const deactivate = fix.steps.find((st) => st.text.includes('Deactivate All Online Services'));
    expect(deactivate?.risk).toMatch(/backup/);
    const link = fix.steps.find((st) => st.text.includes('Select Existing'));
    expect(link?.risk).toMatch(/duplicates/);
    expect(link?.basis).toBe('bank');
    // Intuit's older help says to back up; no source gives the backup's menu path.
    expect(fix.steps[0]?.basis).toBe('intuit');
    expect(fix.steps[0]?.menuPath).toBeUndefined();
  });

  it('a locked PIN is reset by the bank, usually within 24 business hours', () => {
    const fix = fixOf(nodeOf(treeOf('ol-301'), fixNodeOf('ol-301', 'sign-in-or-pin')));
    expect(fix.steps.map((st) => st.note ?? '').join(' ')).toMatch(/24 business hours/);
  });

  it('Web Connect is given only as banks’ own instructions', () => {
    for (const node of treeOf('ol-301').nodes.values()) {
      for (const text of textsOf(node, 'ol-301')) {
        if (text.includes('Web Connect Files')) expect(text, node.id).toMatch(/[Bb]anks' own/);
      }
    }
  });

  it('wherever the bank is to be called, it is on the number on the card or its own website', () => {
    for (const node of treeOf('ol-301').nodes.values()) {
      for (const text of textsOf(node, 'ol-301')) {
        if (/\bcall the bank\b/i.test(text))
          expect(text, node.id).toMatch(/number on (your|their) card/);
      }
    }
  });

  it('OL-393, OL-202 and OL-222 keep their own pages and point into this guide', () => {
    for (const slug of ['ol-393', 'ol-202', 'ol-222']) {
      const entry = errors.find((e) => e.slug === slug);
      expect(entry?.kind === 'neighbour' && entry.inGuide?.slug, slug).toBe('ol-301');
    }
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

  it('lists its sources, with at least one of Intuit’s pages linked', () => {
    const sources = guided(slug).sources;
    expect(sources.length).toBeGreaterThan(0);
    if (slug !== '102' && slug !== '202') {
      expect(sources.some((src) => /^https:\/\/[^/]*intuit\.com\//.test(src.url ?? ''))).toBe(true);
    }
  });

  it('every cause names a node of its tree', () => {
    const tree = treeOf(slug);
    for (const cause of guided(slug).causes) expect(tree.nodes.has(cause.fixNode)).toBe(true);
  });
});

describe('what the content says rests on its sources (issue 23)', () => {
  it('sends nobody to a search address on Intuit’s site that may not exist', () => {
    for (const entry of errors) {
      if (entry.kind !== 'neighbour') continue;
      for (const place of entry.whereToGo) expect(place.url, entry.slug).not.toMatch(/search\?q=/);
    }
  });

  it('times every wait for a bank by Intuit’s "at least a day"; 2 to 4 hours only as a third party’s', () => {
    for (const slug of ['102', 'ol-301']) {
      for (const node of guided(slug).tree.nodes) {
        if (node.kind !== 'wait') continue;
        expect(node.wait.minMinutes, node.id).toBeGreaterThanOrEqual(24 * 60);
        expect(node.basis, node.id).toBe('intuit');
        const text = JSON.stringify(node);
        if (/2 to 4 hours/.test(text))
          expect(text, node.id).toMatch(/third-party guide we drew on says[^"]*2 to 4 hours/);
      }
    }
  });

  it('uses one label for the bank feed settings tab, the one Intuit’s older help names beside it', () => {
    const text = JSON.stringify(errors);
    expect(text).not.toMatch(/Bank Feed Settings/);
    for (const slug of ['102', 'ol-301']) {
      const guide = JSON.stringify(guided(slug));
      expect(guide, slug).toMatch(/Bank Feeds Settings tab/);
      expect(guide, slug).toMatch(/Intuit's older help calls (it|the tab) Online Services/);
    }
  });

  it('marks 9999 as only possibly this computer, and 106 as reported by third parties', () => {
    const e9999 = errors.find((e) => e.slug === '9999');
    expect(JSON.stringify(e9999)).not.toMatch(/ points at this computer/);
    const contrast = guided('102').isAndIsNot.isNot.find((c) => c.codes.includes('106'));
    expect(contrast?.text).toMatch(/Third-party sites report/);
  });
});
