import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { agentScripts } from '../../content/runtime/agent-scripts.ts';
import type { StepModel } from '../../engine/index.ts';
import { openPage } from '../../lib/leave-page.ts';
import { withBase } from '../../routing/base-path.ts';
import { useHydrated } from '../../store/use-hydrated.ts';
import { agentLinks } from './model/agent-links.ts';
import { belongsTo } from './model/call-record.ts';
import { callStore } from './state/call-store.ts';
import { useCall } from './state/use-call.ts';
import { useRecordReached } from './state/use-record-reached.ts';
import { CallTools, type CallError } from './ui/call-tools.tsx';
import { ConfirmAction } from './ui/confirm-action.tsx';
import { OtherCall } from './ui/other-call.tsx';
import { ShortcutsHelp } from './ui/shortcuts-help.tsx';
import { useAgentShortcuts } from './ui/use-agent-shortcuts.ts';
import './agent.css';

export interface AgentLayerProps {
  readonly error: CallError;
  /** The engine's model of the step on screen: everything the agent's tools show comes from it. */
  readonly model: StepModel;
  /**
   * The column after the step (the app lays it out): the map, notes and summary go there, so the
   * answers come before them on the page and in tab order. From 1100 px it is the desk's
   * right-hand column, beside the step (agent.css); below, it follows the step.
   */
  readonly side?: HTMLElement | null;
}

/** Agent mode on a step page, once the call record has been read from this browser. */
export default function AgentLayer(props: AgentLayerProps) {
  const hydrated = useHydrated(callStore);
  const { slug } = props.error;
  // The scripts' chunk starts loading while the saved call is still being read.
  useEffect(() => void agentScripts.load(slug), [slug]);
  if (!hydrated) {
    return (
      <p className="muted" role="status">
        Loading the agent tools…
      </p>
    );
  }
  return <CallLayer {...props} />;
}

const RESTART_QUESTION =
  'Restart this error from the first question? The answers given so far will no longer be in the call summary; notes stay. Copy or download the summary first if you need it.';

/** Script, step numbers, notes, shortcuts, caller link, summary; R asks before it restarts. */
function CallLayer({ error, model, side = null }: AgentLayerProps) {
  const navigate = useNavigate();
  const record = useCall((state) => state.record);
  const [helpOpen, setHelpOpen] = useState(false);
  // The step R was pressed on: the question goes away by itself once the step changes.
  const [restartAskedAt, setRestartAskedAt] = useState<string | null>(null);
  const notes = useRef<HTMLTextAreaElement>(null);
  const summary = useRef<HTMLElement | null>(null);
  const summaryRef = useCallback((element: HTMLElement | null) => {
    summary.current = element;
  }, []);
  const root = useRef<HTMLElement>(null);
  const links = agentLinks(model, error.slug);
  useRecordReached(error.slug, model);

  useAgentShortcuts({
    onDigit: (n) => {
      const href = links.choices[n - 1];
      if (href) void navigate(href);
    },
    onBack: () => (links.backLeaves ? openPage(withBase(links.back)) : void navigate(links.back)),
    // At the first question with no answers, there is nothing to lose.
    onRestart: () =>
      model.route.length === 0 ? void navigate(links.restart) : setRestartAskedAt(model.encoded),
    onFocusNotes: () => notes.current?.focus(),
    onSummary: () => {
      const box = summary.current;
      if (box instanceof HTMLDetailsElement) box.open = true;
      box?.querySelector<HTMLElement>('.agent-summary__text')?.focus();
    },
    onHelp: () => setHelpOpen((open) => !open),
    onLeaveField: () => root.current?.focus(),
  });

  const recordThisError = () => {
    callStore.getState().clear();
    callStore.getState().reach(error.slug, model);
  };
  return (
    <aside ref={root} className="agent-layer stack" aria-label="Agent mode" tabIndex={-1}>
      {restartAskedAt === model.encoded && (
        <ConfirmAction
          question={RESTART_QUESTION}
          confirmLabel="Yes, restart"
          onConfirm={() => {
            setRestartAskedAt(null);
            void navigate(links.restart);
          }}
          onCancel={() => {
            setRestartAskedAt(null);
            root.current?.focus();
          }}
        />
      )}
      {belongsTo(record, error.slug) ? (
        <CallTools
          error={error}
          model={model}
          record={record}
          notesRef={notes}
          summaryRef={summaryRef}
          onShortcuts={() => setHelpOpen(true)}
          side={side}
        />
      ) : (
        <OtherCall otherSlug={record.slug} onNewCaller={recordThisError} />
      )}
      <ShortcutsHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </aside>
  );
}
