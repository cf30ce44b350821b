import type { FixNode, TreeNode } from '../../../engine/index.ts';
import type { AgentScript, NodeScripts } from '../../../content/types.ts';
import { stepText } from '../model/step-key.ts';

/** The step's scripts: loaded, still loading, or not to be had (offline). */
export type PanelScripts = NodeScripts | 'loading' | 'unavailable';

interface Props {
  /** The step's number on the route, from the engine's step model. */
  readonly stepNumber: number;
  readonly node: TreeNode;
  /** "3.1", "3.2"… for a fix's items, from the engine's step model. */
  readonly itemNumbers: readonly string[];
  /** The repair-step label the wizard's fix screen shows, if any. */
  readonly repairLabel: string | undefined;
  readonly scripts: PanelScripts;
}

/** What the agent says on this step, what to listen for, and each fix item as "Step N.k". */
export function AgentPanel({ stepNumber, node, itemNumbers, repairLabel, scripts }: Props) {
  const own = typeof scripts === 'string' ? undefined : scripts.node;
  return (
    <section className="agent-panel card stack" aria-labelledby="agent-panel-title">
      <h2 id="agent-panel-title" className="agent-panel__title">
        Say to the caller <span className="agent-badge">{stepText(stepNumber)}</span>
      </h2>
      {repairLabel && <p className="eyebrow repair-label">{repairLabel}</p>}
      {own ? <Script script={own} /> : <NoScript scripts={scripts} />}
      {node.kind === 'fix' && <FixItems node={node} items={itemNumbers} scripts={scripts} />}
    </section>
  );
}

function NoScript({ scripts }: { readonly scripts: PanelScripts }) {
  if (scripts === 'loading') {
    return (
      <p className="muted" role="status">
        Loading the script…
      </p>
    );
  }
  return (
    <p className="muted">
      {scripts === 'unavailable'
        ? 'The script could not be loaded: read the screen out to the caller.'
        : 'No script for this step: read the screen out to the caller.'}
    </p>
  );
}

function Script({ script }: { readonly script: AgentScript }) {
  return (
    <div className="agent-script">
      <p className="agent-script__say">{script.say}</p>
      {script.listenFor && (
        <p className="agent-script__listen">
          <strong>Listen for: </strong>
          {script.listenFor}
        </p>
      )}
    </div>
  );
}

function FixItems({
  node,
  items,
  scripts,
}: {
  readonly node: FixNode;
  readonly items: readonly string[];
  readonly scripts: PanelScripts;
}) {
  const steps = typeof scripts === 'string' ? [] : (scripts.steps ?? []);
  return (
    // On the desk a long fix scrolls in its own box: focusable, so the keyboard can scroll it.
    <ol className="agent-items" aria-label="The fix, step by step" tabIndex={0}>
      {node.steps.map((item, index) => {
        const script = steps[index];
        return (
          <li key={index} className="agent-items__item">
            <span className="agent-badge">Step {items[index]}</span>
            {script ? <Script script={script} /> : <p className="agent-script__say">{item.text}</p>}
          </li>
        );
      })}
    </ol>
  );
}
