import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { absoluteUrl, paths } from '../../routing/paths.ts';
import { openPage } from '../../lib/leave-page.ts';
import { basePath, withBase } from '../../routing/base-path.ts';
import { isLeaf, type StepModel, type Walk } from '../../engine/index.ts';
import { agentLinks } from './agent-links.ts';
import { AgentPanel } from './agent-panel.tsx';
import { belongsTo } from './call-record.ts';
import { callStore } from './call-store.ts';
import { callSummary, summaryFileName } from './call-summary.ts';
import { CallSummary } from './call-summary-view.tsx';
import { NewCaller } from './new-caller.tsx';
import { NotesBox } from './notes-box.tsx';
import { SendCallerLink } from './send-caller-link.tsx';
import { ShortcutsHelp } from './shortcuts-help.tsx';
import { currentStepLabel } from './step-numbers.ts';
import { StorageWarning } from './storage-warning.tsx';
import { useAgentShortcuts } from './use-agent-shortcuts.ts';
import { useNow } from './use-now.ts';
import './agent.css';

export interface AgentLayerProps {
  readonly error: { readonly slug: string; readonly code: string; readonly title: string };
  /** The engine's model of the step on screen. */
  readonly model: StepModel;
}

const { useCall, useHealth } = callStore;

/** Agent mode on a step page: script, step numbers, notes, shortcuts, caller link, summary. */
export default function AgentLayer({ error, model }: AgentLayerProps) {
  const { tree, encoded } = model;
  const walked: Walk = { path: model.route, current: model.node };
  const navigate = useNavigate();
  const record = useCall((state) => state.record);
  const { reach, note, clear } = useCall.getState();
  const health = useHealth((state) => state.health);
  const now = useNow();
  const [helpOpen, setHelpOpen] = useState(false);
  const notes = useRef<HTMLTextAreaElement>(null);
  const root = useRef<HTMLElement>(null);

  const step = currentStepLabel(walked);
  const links = agentLinks(model, error.slug);
  const ownerUrl = absoluteUrl(
    paths.step(error.slug, model.node.id, encoded),
    window.location.origin,
    basePath(),
  );

  // A time stamp each time a step is reached (not on every render).
  const reached = useEffectEvent(() => reach(error.slug, walked));
  useEffect(() => reached(), [error.slug, encoded]);

  useAgentShortcuts({
    onDigit: (n) => {
      const href = links.choices[n - 1];
      if (href) void navigate(href);
    },
    onBack: () => (links.backLeaves ? openPage(withBase(links.back)) : void navigate(links.back)),
    onRestart: () => void navigate(links.restart),
    onFocusNotes: () => notes.current?.focus(),
    onHelp: () => setHelpOpen((open) => !open),
    onLeaveField: () => root.current?.focus(),
  });

  const newCaller = () => {
    clear();
    openPage(withBase(paths.home({ mode: 'agent' })));
  };

  if (!belongsTo(record, error.slug)) {
    // Here "New caller" keeps the agent on this step and starts recording it.
    const recordThisError = () => {
      clear();
      reach(error.slug, walked);
    };
    return (
      <aside ref={root} className="agent-layer stack" aria-label="Agent mode" tabIndex={-1}>
        <p className="notice agent-warning" role="alert">
          The call open in this browser is about another error ({record.slug}). Go back to it to
          copy its summary, or start a new caller to record this one.
        </p>
        <NewCaller onConfirm={recordThisError} />
      </aside>
    );
  }

  const summary = (
    <CallSummary
      text={callSummary({ error, tree, walked, record, ownerUrl, clock: { now } })}
      fileName={summaryFileName(error.slug, new Date(record.startedAt ?? now))}
    />
  );
  const ended = isLeaf(walked.current);
  return (
    <aside ref={root} className="agent-layer stack" aria-label="Agent mode" tabIndex={-1}>
      <StorageWarning health={health} />
      {ended && (
        <section className="agent-ending card stack" aria-labelledby="agent-summary-title">
          <h2 id="agent-summary-title">Call summary</h2>
          {summary}
        </section>
      )}
      <AgentPanel step={step} />
      <NotesBox
        ref={notes}
        stepNumber={step.number}
        value={record.notes[step.key] ?? ''}
        onChange={(text) => note(step.key, text)}
        saved={health.kind !== 'unavailable'}
      />
      <SendCallerLink ownerUrl={ownerUrl} />
      {!ended && (
        <details className="agent-disclosure">
          <summary>Call summary</summary>
          {summary}
        </details>
      )}
      <div className="agent-actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setHelpOpen(true)}
        >
          Keyboard shortcuts <kbd>?</kbd>
        </button>
        <NewCaller onConfirm={newCaller} />
      </div>
      <ShortcutsHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </aside>
  );
}
