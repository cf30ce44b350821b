import { ExternalLink } from '../../ui/external-link.tsx';
import type { VersionTable as Table } from '../../content/types.ts';

/** The "How sure" column: who says so. */
const HOW_SURE: Readonly<Record<Table['rows'][number]['certainty'], string>> = {
  confirmed: 'Confirmed by Intuit',
  reported: 'Reported by third parties',
  inferred: 'Our reading, not confirmed',
};

const status = (value: 'supported' | 'ended', endedOn?: string): string =>
  value === 'supported' ? 'Supported' : endedOn ? `Ended ${endedOn}` : 'Ended';

/** Which QuickBooks Desktop years still get payroll and bank feeds, with dates and sources. */
export function VersionTable({ table }: { readonly table: Table }) {
  return (
    <section aria-labelledby="versions-title">
      <h2 id="versions-title">Which QuickBooks Desktop years are supported</h2>
      {/* Focusable so that keyboard users can scroll it sideways on a narrow screen. */}
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label="Table of supported years"
      >
        <table className="table">
          <thead>
            <tr>
              <th scope="col">QuickBooks Desktop</th>
              <th scope="col">Payroll</th>
              <th scope="col">Bank feeds</th>
              <th scope="col">How sure</th>
              <th scope="col">As of</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>{status(row.payroll, row.endedOn)}</td>
                <td>{status(row.bankFeeds, row.endedOn)}</td>
                <td>{HOW_SURE[row.certainty]}</td>
                <td>{row.asOf}</td>
                <td>
                  {row.sourceUrl ? (
                    <ExternalLink href={row.sourceUrl}>{row.source}</ExternalLink>
                  ) : (
                    row.source
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
