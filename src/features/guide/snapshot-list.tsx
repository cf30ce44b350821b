import type { GuidedError } from '../../content/types.ts';

const riskLabel = { low: 'Low', medium: 'Medium', high: 'High' } as const;

/** The triage snapshot: risk to data, who is affected, trigger, time to fix. */
export function SnapshotList({ snapshot }: { readonly snapshot: GuidedError['snapshot'] }) {
  return (
    <section className="card snapshot" aria-labelledby="snapshot-title">
      <h2 id="snapshot-title">At a glance</h2>
      <dl className="snapshot__list">
        <div>
          <dt>Risk to your data</dt>
          <dd>
            <span className={`tag tag--${snapshot.dataRisk.level}`}>
              {riskLabel[snapshot.dataRisk.level]}
            </span>{' '}
            {snapshot.dataRisk.text}
          </dd>
        </div>
        <div>
          <dt>Who is affected</dt>
          <dd>{snapshot.whoIsAffected}</dd>
        </div>
        <div>
          <dt>Common trigger</dt>
          <dd>{snapshot.commonTrigger}</dd>
        </div>
        <div>
          <dt>Time to fix</dt>
          <dd>{snapshot.timeToFix}</dd>
        </div>
      </dl>
    </section>
  );
}
