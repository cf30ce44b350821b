import type { TreeNode } from '../../engine/index.ts';
import type { StepLabel } from './step-numbers.ts';

/** What the agent says on this step, what to listen for, and each fix item as "step N.k". */
export function AgentPanel({ step }: { readonly step: StepLabel }) {
  const { node } = step;
  return (
    <section className="agent-panel card stack" aria-labelledby="agent-panel-title">
      <h2 id="agent-panel-title" className="agent-panel__title">
        Say to the caller <span className="agent-badge">{step.label}</span>
      </h2>
      {node.agent ? (
        <Script say={node.agent.say} listenFor={node.agent.listenFor} />
      ) : (
        <p className="muted">No script for this step: read the screen out to the caller.</p>
      )}
      {node.kind === 'fix' && <FixItems node={node} items={step.items} />}
    </section>
  );
}

function Script({ say, listenFor }: { readonly say: string; readonly listenFor?: string }) {
  return (
    <div className="agent-script">
      <p className="agent-script__say">{say}</p>
      {listenFor && (
        <p className="agent-script__listen">
          <strong>Listen for: </strong>
          {listenFor}
        </p>
      )}
    </div>
  );
}

function FixItems({
  node,
  items,
}: {
  readonly node: Extract<TreeNode, { kind: 'fix' }>;
  readonly items: readonly string[];
}) {
  return (
    <ol className="agent-items" aria-label="The fix, step by step">
      {node.steps.map((item, index) => (
        <li key={index} className="agent-items__item">
          <span className="agent-badge">Step {items[index]}</span>
          {item.agent ? (
            <Script say={item.agent.say} listenFor={item.agent.listenFor} />
          ) : (
            <p className="agent-script__say">{item.text}</p>
          )}
        </li>
      ))}
    </ol>
  );
}
