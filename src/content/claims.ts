import type { ClaimBasis } from '../engine/index.ts';
import type { ContentProblem } from './problem.ts';
import type { AuthoredErrorFile } from './schema/error-file.ts';
import type { PageSource } from './types.ts';
import { OWN_ADVICE, type SourceRef, type SourceType } from './schema/sources.ts';

/** One claim an error file makes: where it is, what it is, and the source it names (if any). */
export interface Claim {
  readonly path: readonly (string | number)[];
  /** The field as an author reads it: `tree.nodes[4] (id "reset").steps[2].source`. */
  readonly field: string;
  /** What kind of claim, in an author's words: "this step", "this cost". */
  readonly what: string;
  readonly ref: SourceRef | undefined;
}

const node = (index: number, id: string): string => `tree.nodes[${index}] (id "${id}")`;

/** Every claim in an error file that must name its source or be marked as our own advice. */
export function claimsOf(entry: AuthoredErrorFile): Claim[] {
  const claims: Claim[] = [];
  const add = (path: (string | number)[], field: string, what: string, ref?: SourceRef): void => {
    claims.push({ path: [...path, 'source'], field: `${field}.source`, what, ref });
  };
  if (entry.kind === 'neighbour') {
    add([], '', 'what this page says about the code (whatItIs, howToTell)', entry.source);
    return claims;
  }
  if (entry.quickFix !== undefined)
    claims.push({
      path: ['quickFixSource'],
      field: 'quickFixSource',
      what: 'the quick fix',
      ref: entry.quickFixSource,
    });
  add(['snapshot'], 'snapshot', 'the snapshot (time to fix, data risk)', entry.snapshot.source);
  entry.causes.forEach((cause, i) =>
    add(['causes', i], `causes[${i}] (id "${cause.id}")`, 'this cause', cause.source),
  );
  add(['expert'], 'expert', 'when to call an expert and what they will do', entry.expert.source);
  entry.expert.costs.forEach((cost, i) =>
    add(
      ['expert', 'costs', i],
      `expert.costs[${i}] (label "${cost.label}")`,
      'this cost',
      cost.source,
    ),
  );
  entry.tree.nodes.forEach((n, i) => {
    const at = node(i, n.id);
    const path = ['tree', 'nodes', i];
    switch (n.kind) {
      case 'fix':
        add(path, at, 'this fix (its title, intro and warning)', n.source);
        n.steps.forEach((step, j) =>
          add([...path, 'steps', j], `${at}.steps[${j}]`, 'this step', step.source),
        );
        return;
      case 'wait':
        add(path, at, 'this wait (how long to wait)', n.source);
        return;
      case 'escalation':
        add(path, at, 'this escalation', n.source);
        return;
      case 'question':
        if (n.source !== undefined) add(path, at, 'this question', n.source);
        return;
      default:
        return;
    }
  });
  return claims;
}

const refIds = (ref: SourceRef): readonly string[] => (typeof ref === 'string' ? [ref] : ref);

/** Strongest first: a claim backed by Intuit and a third party is Intuit's. */
const RANK: readonly SourceType[] = ['intuit', 'intuit-staff', 'bank', 'third-party'];

/** What a claim rests on, for the page: the strongest type among its sources, or our advice. */
export function basisOf(
  ref: SourceRef | undefined,
  types: ReadonlyMap<string, SourceType>,
): ClaimBasis | undefined {
  if (ref === undefined) return undefined;
  const ids = refIds(ref);
  if (ids.includes(OWN_ADVICE)) return 'ours';
  const found = ids.flatMap((id) => {
    const type = types.get(id);
    return type ? [type] : [];
  });
  return RANK.find((type) => found.includes(type));
}

export const sourceTypes = (entry: AuthoredErrorFile): Map<string, SourceType> =>
  new Map(entry.sources.map((source) => [source.id, source.type]));

type Locate = (path: readonly PropertyKey[]) => { line?: number };

/** Every claim without a source, or naming one the error's list doesn't have. */
export function claimProblems(
  file: string,
  entry: AuthoredErrorFile,
  locate: Locate,
): ContentProblem[] {
  const types = sourceTypes(entry);
  const known = [...types.keys()].join(', ');
  const problems: ContentProblem[] = [];
  for (const claim of claimsOf(entry)) {
    if (claim.ref === undefined) {
      const parent = claim.path.slice(0, -1);
      problems.push({
        file,
        ...locate(parent),
        field: claim.field,
        problem: `${claim.what} doesn't say where it comes from`,
        hint: `add source: with the id of one of this error's sources (${known}), or source: ${OWN_ADVICE} if it is Fixpath's own advice`,
      });
      continue;
    }
    const ids = refIds(claim.ref);
    if (ids.includes(OWN_ADVICE) && ids.length > 1) {
      problems.push({
        file,
        ...locate(claim.path),
        field: claim.field,
        problem: `names sources and "${OWN_ADVICE}" together`,
        hint: `use source ids when a source says it, or ${OWN_ADVICE} alone when only we say it`,
      });
    }
    for (const id of ids.filter((i) => i !== OWN_ADVICE && !types.has(i))) {
      problems.push({
        file,
        ...locate(claim.path),
        field: claim.field,
        problem: `names the source "${id}", which is not in this error's sources`,
        hint: `use an id from this error's sources (${known}), add "${id}" to sources with its type, or write source: ${OWN_ADVICE}`,
      });
    }
  }
  return problems;
}

/** How many claims rest on each kind of source, and how many are our own advice. */
export type ClaimLedger = Readonly<Record<ClaimBasis, number>> & { readonly total: number };

export function claimLedger(entry: AuthoredErrorFile): ClaimLedger {
  const types = sourceTypes(entry);
  const counts: Record<ClaimBasis, number> = {
    intuit: 0,
    'intuit-staff': 0,
    bank: 0,
    'third-party': 0,
    ours: 0,
  };
  const claims = claimsOf(entry);
  for (const claim of claims) {
    const basis = basisOf(claim.ref, types);
    if (basis) counts[basis] += 1;
  }
  return { ...counts, total: claims.length };
}

/** The source list as a page shows it: titles and links (ids and types stay at build time). */
export const pageSources = (sources: AuthoredErrorFile['sources']): PageSource[] =>
  sources.map(({ title, url }) => (url ? { title, url } : { title }));
