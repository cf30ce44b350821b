import type { ChoiceModel, FixNode } from '../../engine/index.ts';
import type { LinkOptions } from '../../routing/paths.ts';
import { checkKey } from '../../store/check-key.ts';
import { CHECKS_KEY, checksStore } from '../../store/checks-store.ts';
import { useChecks } from '../../store/use-checks.ts';
import { useHydrated } from '../../store/use-hydrated.ts';
import { FixSteps } from '../../ui/fix-steps.tsx';
import { site } from '../../content/runtime/app-content.ts';
import { repairLabel } from '../../ui/repair-label.ts';
import { ClaimNote } from '../../ui/claim-note.tsx';
import { RiskWarning } from '../../ui/risk-warning.tsx';
import { ChoiceList } from './choice-list.tsx';
import { SetAsideNote } from './set-aside-note.tsx';

interface Props {
  readonly node: FixNode;
  readonly choices: readonly ChoiceModel[];
  readonly slug: string;
  readonly fingerprint: string;
  readonly options: LinkOptions;
  /** "3.1", "3.2"... in agent mode, so both sides of a call can name a step. */
  readonly itemNumbers: readonly string[];
  /** How many repair steps the error's source numbers (0 when it numbers none). */
  readonly repairTotal: number;
}

/** A fix: numbered steps with tick boxes that stay ticked, then "Did this fix it?". */
export function FixScreen({
  node,
  choices,
  slug,
  fingerprint,
  options,
  itemNumbers,
  repairTotal,
}: Props) {
  const label = repairLabel(node.origin, repairTotal, site.name);
  const hydrated = useHydrated(checksStore);
  const ticked = useChecks((state) => state.ticked);
  const tick = useChecks((state) => state.tick);
  const answers = (
    <>
      <h2>Did this fix it?</h2>
      <ChoiceList slug={slug} choices={choices} options={options} idPrefix={node.id} />
    </>
  );
  // An agent reads the fix from the script above and needs the answers in view: they come first.
  const answersFirst = options.mode === 'agent';
  return (
    <>
      {/* Agent mode's script says the repair step already: one label per screen. */}
      {label && !answersFirst && <p className="eyebrow repair-label">{label}</p>}
      {answersFirst && answers}
      <ClaimNote basis={node.basis} />
      {node.intro && <p className="lede">{node.intro}</p>}
      {node.risk && <RiskWarning text={node.risk} />}
      <h2>{answersFirst ? 'The steps as the caller sees them' : 'Do these steps in order'}</h2>
      <p className="muted">
        Tick each step as you finish it. We remember the ticks in this browser.
      </p>
      <SetAsideNote
        storeKey={CHECKS_KEY}
        what="ticked steps"
        name="ticks"
        message={(reason) =>
          reason === 'outdated'
            ? 'Your earlier ticks were saved by an older version of Fixpath, so these boxes start empty.'
            : 'Your earlier ticks could not be read, so these boxes start empty.'
        }
      />
      <FixSteps
        steps={node.steps}
        idPrefix={`check-${node.id}`}
        keyOf={(index) => checkKey(slug, fingerprint, node.id, index)}
        ticked={(key) => hydrated && ticked[key] === true}
        onTick={tick}
        numbers={options.mode === 'agent' ? itemNumbers : []}
        fixBasis={node.basis}
      />
      {!answersFirst && answers}
    </>
  );
}
