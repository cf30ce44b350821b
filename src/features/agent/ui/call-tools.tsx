import { useLayoutEffect, type ReactNode, type Ref, type RefCallback } from 'react';
import { createPortal } from 'react-dom';
import { site } from '../../../content/runtime/app-content.ts';
import { agentScripts } from '../../../content/runtime/agent-scripts.ts';
import { situationChosen } from '../../../content/runtime/situation.ts';
import type { AgentScripts, GuidedError } from '../../../content/types.ts';
import { assertNever, type StepModel } from '../../../engine/index.ts';
import { openPage } from '../../../lib/leave-page.ts';
import type { LoadState } from '../../../lib/loader-store.ts';
import { useFrameSettings } from '../../../lib/embed/use-frame-settings.ts';
import { keptCopies } from '../../../lib/storage/kept-copies.ts';
import { localStore } from '../../../lib/storage/web-storage.ts';
import { useLoaded } from '../../../lib/use-loaded.ts';
import { useNow } from '../../../lib/use-now.ts';
import { basePath, withBase } from '../../../routing/base-path.ts';
import { absoluteUrl, embedOf, paths } from '../../../routing/paths.ts';
import { useStorageHealth } from '../../../store/use-storage-health.ts';
import { repairLabel } from '../../../ui/repair-label.ts';
import type { CallRecord } from '../model/call-record.ts';
import { callSummary, summaryFileName } from '../model/call-summary.ts';
import { stepKey } from '../model/step-key.ts';
import { CALL_STORAGE_KEY, callStore } from '../state/call-store.ts';
import { AgentMap } from './agent-map.tsx';
import { AgentPanel, type PanelScripts } from './agent-panel.tsx';
import { CallSummary } from './call-summary-view.tsx';
import { NewCaller } from './new-caller.tsx';
import { NotesBox } from './notes-box.tsx';
import { SendCallerLink } from './send-caller-link.tsx';
import { StorageWarning } from './storage-warning.tsx';

export interface CallError {
  readonly slug: string;
  readonly code: string;
  readonly title: string;
  /** The source's numbered repair steps, when it numbers them. */
  readonly repairSteps?: readonly unknown[] | undefined;
  /** The error's causes, whose "sounds like me" situations a call may have started from. */
  readonly causes?: GuidedError['causes'] | undefined;
}

interface Props {
  readonly error: CallError;
  readonly model: StepModel;
  readonly record: CallRecord;
  readonly notesRef: Ref<HTMLTextAreaElement>;
  /** The call summary's box (its section at an ending, else its disclosure): S opens it. */
  readonly summaryRef: RefCallback<HTMLElement>;
  readonly onShortcuts: () => void;
  /** The column after the step (beside it on a desk): the map and the call's tools go there. */
  readonly side: HTMLElement | null;
}

/**
 * The map and the call's tools: in the column after the step (beside it on a desk), or in line
 * until that column exists. The desk's column shows its top (the map) again at every new step.
 */
function Side({
  to,
  step,
  children,
}: {
  readonly to: HTMLElement | null;
  readonly step: string;
  readonly children: ReactNode;
}) {
  useLayoutEffect(() => {
    to?.scrollTo({ top: 0 });
  }, [to, step]);
  const tools = (
    <section className="agent-side stack" aria-label="Map, notes and summary">
      {children}
    </section>
  );
  return to ? createPortal(tools, to) : tools;
}

function panelScripts(state: LoadState<AgentScripts>, nodeId: string): PanelScripts {
  switch (state.status) {
    case 'loading':
      return 'loading';
    case 'failed':
      return 'unavailable';
    case 'missing':
      return {};
    case 'ready':
      return (Object.hasOwn(state.value, nodeId) ? state.value[nodeId] : undefined) ?? {};
    default:
      return assertNever(state);
  }
}

/** The tools for a call about this error: script, notes, caller link, summary, new caller. */
export function CallTools({
  error,
  model,
  record,
  notesRef,
  summaryRef,
  onShortcuts,
  side,
}: Props) {
  const now = useNow();
  const unavailable = useStorageHealth((health) => health.unavailable);
  const setAside = useStorageHealth((health) => health.setAside[CALL_STORAGE_KEY]);
  const scripts = useLoaded(agentScripts, error.slug);
  const { node } = model;
  const key = stepKey(model.progress.step, node.id);
  const ownerUrl = absoluteUrl(
    paths.step(error.slug, node.id, model.encoded),
    window.location.origin,
    basePath(),
  );
  // Embedded in a help desk's page: the ticket or case id it gave (see lib/embed/).
  const { context } = useFrameSettings(embedOf(window.location.search));
  const summary = (
    <CallSummary
      text={callSummary({
        error,
        model,
        record,
        ownerUrl,
        clock: { now },
        context,
        chose: situationChosen(error.causes ?? [], model.session),
      })}
      fileName={summaryFileName(error.slug, new Date(record.startedAt ?? now))}
    />
  );
  const ended = model.progress.ended;
  const newCaller = () => {
    callStore.getState().clear();
    openPage(withBase(paths.home({ mode: 'agent' })));
  };
  return (
    <>
      <StorageWarning
        unavailable={unavailable}
        setAside={setAside}
        kept={setAside ? keptCopies(localStore, CALL_STORAGE_KEY) : []}
      />
      {context !== undefined && (
        <p className="agent-context">
          <span className="muted">Ticket or case: </span>
          {context}
        </p>
      )}
      {ended && (
        <section
          ref={summaryRef}
          className="agent-ending card stack"
          aria-labelledby="agent-summary-title"
        >
          <h2 id="agent-summary-title">Call summary</h2>
          {summary}
        </section>
      )}
      <AgentPanel
        stepNumber={model.progress.step}
        node={node}
        itemNumbers={model.itemNumbers}
        repairLabel={
          node.kind === 'fix'
            ? repairLabel(node.origin, error.repairSteps?.length ?? 0, site.name)
            : undefined
        }
        scripts={panelScripts(scripts, node.id)}
      />
      <Side to={side} step={model.encoded}>
        <AgentMap slug={error.slug} code={error.code} model={model} />
        <NotesBox
          ref={notesRef}
          stepNumber={model.progress.step}
          value={record.notes[key] ?? ''}
          onChange={(text) => callStore.getState().note(key, text)}
          saved={!unavailable}
        />
        <SendCallerLink ownerUrl={ownerUrl} />
        {!ended && (
          <details ref={summaryRef} className="agent-disclosure">
            <summary>
              Call summary <kbd>S</kbd>
            </summary>
            {summary}
          </details>
        )}
        <div className="agent-actions">
          <button type="button" className="button button--secondary" onClick={onShortcuts}>
            Keyboard shortcuts <kbd>?</kbd>
          </button>
          <NewCaller onConfirm={newCaller} />
        </div>
      </Side>
    </>
  );
}
