import type { z } from 'zod';
import { claimLedger, type ClaimLedger } from './claims.ts';
import { compileAgentScripts } from './compile-agent-scripts.ts';
import { compileGuided } from './compile-guided.ts';
import { withInGuide } from './compile-in-guide.ts';
import { friendlyZodProblems } from './friendly-zod.ts';
import type { ContentProblem } from './problem.ts';
import { errorFileSchema, type AuthoredErrorFile } from './schema/error-file.ts';
import { siteSchema } from './schema/site.ts';
import { versionsSchema, type VersionTable } from './schema/versions.ts';
import type { AgentScripts, ErrorEntry, GuidedError, SearchEntry, SiteConfig } from './types.ts';

/** A content file as read from disk: its path, its parsed YAML, and a way to find lines. */
export interface RawFile {
  readonly file: string;
  readonly data: unknown;
  readonly lineOf?: (path: readonly PropertyKey[]) => number | undefined;
}

export interface RawContent {
  readonly site: RawFile;
  readonly versions: RawFile;
  readonly errors: readonly RawFile[];
}

export interface CompiledContent {
  readonly site: SiteConfig;
  readonly versions: VersionTable;
  readonly errors: readonly ErrorEntry[];
  readonly index: readonly SearchEntry[];
  /** Each guided error's agent scripts, by slug: shipped apart from its content. */
  readonly agentScripts: Readonly<Record<string, AgentScripts>>;
  /** Each error's claims by what they rest on, by slug: for the content check, never shipped. */
  readonly ledger: Readonly<Record<string, ClaimLedger>>;
}

export type CompileResult =
  | { readonly ok: true; readonly content: CompiledContent }
  | { readonly ok: false; readonly problems: readonly ContentProblem[] };

function parseFile<S extends z.ZodType>(
  schema: S,
  raw: RawFile,
  problems: ContentProblem[],
): z.output<S> | undefined {
  const result = schema.safeParse(raw.data);
  if (result.success) return result.data;
  problems.push(...friendlyZodProblems(raw.file, result.error, raw.data, raw.lineOf));
  return undefined;
}

function lineAt(raw: RawFile, path: readonly PropertyKey[]): { line?: number } {
  const line = raw.lineOf?.(path);
  return line === undefined ? {} : { line };
}

const baseName = (file: string): string => file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');

/** Guided errors first, so that a neighbour's link into a guide can be checked against it. */
function compileErrors(
  files: readonly [RawFile, AuthoredErrorFile][],
  versions: VersionTable,
  problems: ContentProblem[],
): ErrorEntry[] {
  const guides = new Map<RawFile, GuidedError>();
  for (const [raw, authored] of files) {
    if (authored.kind === 'guided')
      guides.set(raw, compileGuided(raw, authored, versions, problems));
  }
  const bySlug = new Map([...guides.values()].map((entry) => [entry.slug, entry]));
  return files.map(([raw, authored]) =>
    authored.kind === 'neighbour'
      ? withInGuide(raw, authored, bySlug, problems)
      : (guides.get(raw) ?? compileGuided(raw, authored, versions, problems)),
  );
}

/**
 * Every error named elsewhere must exist (and be guided where that is needed). `present` holds
 * the slugs of every error file, readable or not: a file with problems of its own is reported
 * once, not again by each file that names it.
 */
function checkLinks(
  entries: readonly [RawFile, AuthoredErrorFile][],
  present: ReadonlySet<string>,
  problems: ContentProblem[],
): void {
  const kinds = new Map(entries.map(([, entry]) => [entry.slug, entry.kind]));
  const expect = (raw: RawFile, path: PropertyKey[], slug: string, guidedOnly: boolean): void => {
    const kind = kinds.get(slug);
    if (kind === undefined && present.has(slug)) return;
    const file = raw.file;
    const field = path
      .map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`))
      .join('');
    if (kind === undefined) {
      problems.push({
        file,
        ...lineAt(raw, path),
        field,
        problem: `names the error "${slug}", but content/errors/ has no file for it`,
        hint: `add content/errors/${slug}.yaml, or correct the slug`,
      });
    } else if (guidedOnly && kind !== 'guided') {
      problems.push({
        file,
        field,
        problem: `"${slug}" is not a fully covered error`,
        hint: 'name a guided error',
      });
    }
  };
  for (const [raw, entry] of entries) {
    if (entry.kind === 'neighbour') {
      entry.lookalikeOf.forEach((slug, i) => expect(raw, ['lookalikeOf', i], slug, true));
      if (entry.inGuide) expect(raw, ['inGuide', 'slug'], entry.inGuide.slug, true);
    } else {
      entry.related.forEach((r, i) => expect(raw, ['related', i, 'slug'], r.slug, false));
      entry.isAndIsNot.isNot.forEach((c, i) =>
        c.codes.forEach((slug, j) =>
          expect(raw, ['isAndIsNot', 'isNot', i, 'codes', j], slug, false),
        ),
      );
    }
  }
}

/** Each guided error learns how the codes it links to are written (see GuidedError.codeNames). */
function withCodeNames(errors: readonly ErrorEntry[]): ErrorEntry[] {
  const codes = new Map(errors.map((entry) => [entry.slug, entry.code]));
  return errors.map((entry) => {
    if (entry.kind !== 'guided') return entry;
    const slugs = [
      ...entry.related.map((r) => r.slug),
      ...entry.isAndIsNot.isNot.flatMap((c) => c.codes),
    ];
    const codeNames = Object.fromEntries(
      slugs.flatMap((slug) => {
        const code = codes.get(slug);
        return code === undefined ? [] : [[slug, code] as const];
      }),
    );
    return { ...entry, codeNames };
  });
}

export function toSearchEntry(entry: ErrorEntry): SearchEntry {
  return {
    slug: entry.slug,
    code: entry.code,
    kind: entry.kind,
    title: entry.title,
    appearsWhen: entry.appearsWhen,
    aliases: entry.search.aliases,
    keywords: entry.search.keywords,
  };
}

/** Turns raw content into the typed knowledge base, or every problem found, never half of it. */
export function compileContent(raw: RawContent): CompileResult {
  const problems: ContentProblem[] = [];
  const site = parseFile(siteSchema, raw.site, problems);
  const versions = parseFile(versionsSchema, raw.versions, problems);
  const files: [RawFile, AuthoredErrorFile][] = [];
  const agentScripts: Record<string, AgentScripts> = {};
  const ledger: Record<string, ClaimLedger> = {};
  const seen = new Map<string, string>();
  for (const file of raw.errors) {
    const authored = parseFile(errorFileSchema, file, problems);
    if (!authored || !versions) continue;
    if (authored.slug !== baseName(file.file)) {
      problems.push({
        file: file.file,
        ...lineAt(file, ['slug']),
        field: 'slug',
        problem: `the slug "${authored.slug}" does not match the file name`,
        hint: `rename the file to ${authored.slug}.yaml, or set slug: ${baseName(file.file)}`,
      });
    }
    const earlier = seen.get(authored.slug);
    if (earlier) {
      problems.push({
        file: file.file,
        field: 'slug',
        problem: `"${authored.slug}" is already used by ${earlier}`,
        hint: 'give each error its own slug (the file name, in lower case)',
      });
    }
    seen.set(authored.slug, file.file);
    files.push([file, authored]);
    ledger[authored.slug] = claimLedger(authored);
    if (authored.kind === 'guided')
      agentScripts[authored.slug] = compileAgentScripts(authored.tree);
  }
  const errors = versions ? withCodeNames(compileErrors(files, versions, problems)) : [];
  checkLinks(files, new Set(raw.errors.map((file) => baseName(file.file))), problems);
  if (problems.length > 0 || !site || !versions) return { ok: false, problems };
  return {
    ok: true,
    content: { site, versions, errors, index: errors.map(toSearchEntry), agentScripts, ledger },
  };
}
