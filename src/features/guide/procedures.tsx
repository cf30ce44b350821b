import type { CompiledTree } from '../../content/types.ts';
import { fingerprint, type Tree } from '../../engine/index.ts';
import { checkKey } from '../../store/check-key.ts';
import { FixSteps } from '../../ui/fix-steps.tsx';
import { site } from '../../content/runtime/app-content.ts';
import { repairLabel } from '../../ui/repair-label.ts';
import { ClaimNote } from '../../ui/claim-note.tsx';
import { RiskWarning } from '../../ui/risk-warning.tsx';
import { nodeAnchor } from './guide-anchors.ts';

/**
 * Each procedure once: a tree may hold copies of a node so that a route need not ask again what
 * it already knows (202's sign-in fixes after the year was given); the copies read the same.
 */
export function distinctProcedures<T extends { readonly id: string }>(nodes: readonly T[]): T[] {
  const seen = new Set<string>();
  return nodes.filter((node) => {
    const { id: _id, ...rest } = node;
    const shown = JSON.stringify(rest, (key, value: unknown) =>
      ['fixed', 'notFixed', 'outcomes'].includes(key) ? undefined : value,
    );
    if (seen.has(shown)) return false;
    seen.add(shown);
    return true;
  });
}

interface Props {
  readonly slug: string;
  readonly compiled: CompiledTree;
  readonly tree: Tree;
  /** How many repair steps the error's source numbers (0 when it numbers none). */
  readonly repairTotal: number;
}

/**
 * Every fix of the tree in tree order, as printable checklists. The boxes are plain HTML here;
 * the checklist island keeps their ticks (shared with the wizard) once the page is used.
 */
export function FixProcedures({ slug, compiled, tree, repairTotal }: Props) {
  const print = fingerprint(tree);
  const fixes = distinctProcedures(
    compiled.nodes.flatMap((node) => (node.kind === 'fix' ? [node] : [])),
  );
  return (
    <section className="procedures" aria-labelledby="fixes-title">
      <h2 id="fixes-title">Every fix, as a checklist</h2>
      <p>Work through one fix at a time, top to bottom.</p>
      {fixes.map((node) => (
        <section
          key={node.id}
          id={nodeAnchor(node)}
          className="procedure"
          aria-labelledby={`${node.id}-title`}
        >
          <h3 id={`${node.id}-title`}>{node.title}</h3>
          {repairLabel(node.origin, repairTotal, site.name) && (
            <p className="eyebrow">{repairLabel(node.origin, repairTotal, site.name)}</p>
          )}
          <ClaimNote basis={node.basis} />
          {node.intro && <p>{node.intro}</p>}
          {node.risk && <RiskWarning text={node.risk} />}
          <FixSteps
            fixBasis={node.basis}
            steps={node.steps}
            idPrefix={`guide-${node.id}`}
            keyOf={(step) => checkKey(slug, print, node.id, step)}
          />
        </section>
      ))}
    </section>
  );
}

/** What to do while waiting for the bank or Intuit. */
export function WaitGuidance({ compiled }: { readonly compiled: CompiledTree }) {
  const waits = distinctProcedures(
    compiled.nodes.flatMap((node) => (node.kind === 'wait' ? [node] : [])),
  );
  if (waits.length === 0) return null;
  return (
    <section aria-labelledby="wait-title">
      <h2 id="wait-title">If you need to wait</h2>
      {waits.map((node) => (
        <section key={node.id} id={nodeAnchor(node)} aria-labelledby={`${node.id}-title`}>
          <h3 id={`${node.id}-title`}>{node.title}</h3>
          <p>{node.body}</p>
          <p>
            <strong>While you wait:</strong>
          </p>
          <ul className="bullets">
            {node.meanwhile.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <p className="notice notice--safe">{node.dataSafety}</p>
        </section>
      ))}
    </section>
  );
}

/** The endings where the guide sends the user to an expert, and why. */
export function HelpEndings({ compiled }: { readonly compiled: CompiledTree }) {
  const endings = compiled.nodes.flatMap((node) => (node.kind === 'escalation' ? [node] : []));
  return (
    <>
      {endings.map((node) => (
        <section key={node.id} id={nodeAnchor(node)} aria-labelledby={`${node.id}-title`}>
          <h3 id={`${node.id}-title`}>{node.title}</h3>
          <p>{node.reason}</p>
        </section>
      ))}
    </>
  );
}
