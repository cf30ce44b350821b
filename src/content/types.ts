import type { ClaimBasis, NodeId, TreeNode } from '../engine/index.ts';
import type { AuthoredGuidedError } from './schema/guided-error.ts';
import type { AuthoredNeighbourError } from './schema/neighbour-error.ts';
import type { NotCovered, NotCoveredFamily, SiteConfig } from './schema/site.ts';
import type { VersionRow, VersionTable } from './schema/versions.ts';

/** A tree as it is shipped: plain JSON, checked at build time. `toTree` makes it walkable. */
export interface CompiledTree {
  readonly id: string;
  readonly start: NodeId;
  readonly nodes: readonly TreeNode[];
}

/** A guided error as a step link names it: its tree's fingerprint says whose a link is. */
export interface GuideRef {
  readonly slug: string;
  readonly code: string;
  readonly fingerprint: string;
}

/**
 * A cause in the owner's own words ("sounds like me"), with the answers that lead straight to
 * its fix: build the link with `encodeSession(tree, { answers })` and the fix node's id.
 */
export interface SoundsLike {
  readonly text: string;
  readonly answers: readonly number[];
}

export type Cause = Omit<AuthoredGuidedError['causes'][number], 'fixNode' | 'soundsLike'> & {
  readonly fixNode: NodeId;
  readonly soundsLike: SoundsLike;
  /** What the cause rests on (see content/ sources). */
  readonly basis?: ClaimBasis;
};

type AuthoredExpert = AuthoredGuidedError['expert'];

/** A price for expert help, with what it rests on. */
export type Cost = AuthoredExpert['costs'][number] & { readonly basis?: ClaimBasis };

/**
 * A source as a page lists it. Its id and type stay at build time: claims carry what they rest
 * on (`basis`) instead.
 */
export interface PageSource {
  readonly title: string;
  readonly url?: string;
}

/** A fully covered error, as the app receives it. */
export type GuidedError = Omit<AuthoredGuidedError, 'tree' | 'causes' | 'expert' | 'sources'> & {
  readonly sources: readonly PageSource[];
  readonly causes: readonly Cause[];
  readonly expert: Omit<AuthoredExpert, 'costs'> & { readonly costs: readonly Cost[] };
  readonly tree: CompiledTree;
  /** Present when the tree asks which QuickBooks Desktop year the user runs. */
  readonly versionTable?: VersionTable;
  /** What the quick fix rests on (its `quickFixSource`). */
  readonly quickFixBasis?: ClaimBasis;
  /**
   * The code as QuickBooks shows it, for each error this one links to (related, is-not):
   * `6189-816` -> `-6189, -816`. Links fall back to the slug in capitals without it.
   */
  readonly codeNames?: Readonly<Record<string, string>>;
};

/**
 * The step of one of our guides that a neighbouring code's page links to: the link is
 * `paths.step(slug, nodeId, session)`, built at compile time from the answers that lead there.
 */
export interface InGuide {
  readonly slug: string;
  readonly text: string;
  readonly nodeId: NodeId;
  /** The title of that step, for the link's words. */
  readonly stepTitle: string;
  /** The answers the link gives (none: the guide's first step). */
  readonly answers: readonly number[];
  /** The encoded session for the link (`s`), made for the guide's tree as built. */
  readonly session: string;
}

/** A neighbouring code: a short page that tells it apart and points to Intuit's help. */
export type NeighbourError = Omit<AuthoredNeighbourError, 'inGuide' | 'sources' | 'source'> & {
  readonly sources: readonly PageSource[];
  /** What the page's description of the code rests on. */
  readonly basis?: ClaimBasis;
  readonly inGuide?: InGuide;
};

export type ErrorEntry = GuidedError | NeighbourError;

/** What the front door needs to find an error, without loading the error itself. */
export interface SearchEntry {
  readonly slug: string;
  readonly code: string;
  readonly kind: ErrorEntry['kind'];
  readonly title: string;
  readonly appearsWhen: string;
  readonly aliases: readonly string[];
  readonly keywords: readonly string[];
}

/** What a support agent reads out on a step, and what to listen for in the reply. */
export interface AgentScript {
  readonly say: string;
  readonly listenFor?: string;
}

/** One node's agent scripts: its own, and for a fix, each step's by position (null: none). */
export interface NodeScripts {
  readonly node?: AgentScript;
  readonly steps?: readonly (AgentScript | null)[];
}

/**
 * A guided error's agent scripts by node id. Kept apart from the tree: they ship in their own
 * chunk (`virtual:fixpath/agent/<slug>`), loaded only in agent mode.
 */
export type AgentScripts = Readonly<Record<string, NodeScripts>>;

export type { NotCovered, NotCoveredFamily, SiteConfig, VersionRow, VersionTable };
