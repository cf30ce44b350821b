import { site } from '../../content/runtime/app-content.ts';
import { situationSession } from '../../content/runtime/situation.ts';
import { encodeSession } from '../../engine/index.ts';
import { paths } from '../../routing/paths.ts';
import { ClaimNote } from '../../ui/claim-note.tsx';
import { ExternalLink } from '../../ui/external-link.tsx';
import { PageLink } from '../../ui/page-link.tsx';
import { ScamWarning } from '../../ui/scam-warning.tsx';
import { DEADLINE_LANE } from './deadline-lane-count.ts';
import type { GuideSectionProps } from './guide-section-props.ts';

/** The lane's one line, as the reader sees it closed. */
export const DEADLINE_QUESTION = 'Payroll or a filing due within a day?';

/** How many of the causes' fixes the lane offers to try meanwhile (the likeliest first). */
const FASTEST = 2;

/** The route to Intuit's support, when content/site.yaml gives none. */
const REACH_INTUIT =
  'Ask Intuit from inside QuickBooks: open its Help menu and follow it to Intuit’s support. Or start at intuit.com and follow the links from there.';

/**
 * "Payroll or a filing due within a day?": one optional choice near the top of an error page.
 * Opened, it shows on the same screen how to reach Intuit through QuickBooks' Help menu, the
 * fastest fixes to try meanwhile, and the expert option with the scam warning; the page then
 * goes on as usual. A <details> disclosure, so it works without JavaScript.
 *
 * Short on purpose: someone with a deadline reads the route to Intuit and the fixes within the
 * words budget (`npm run bench`, "by the deadline lane"). Only the route of `howToReachIntuit` is
 * shown: its other paragraphs warn of scams, which the lane's scam warning says once.
 */
export function DeadlineLane({ entry, tree, options }: GuideSectionProps) {
  const { contactName, callToAction, url } = site.escalation;
  const route = site.notCovered?.howToReachIntuit[0] ?? REACH_INTUIT;
  return (
    <details className="deadline-lane card no-print" {...{ [DEADLINE_LANE]: entry.slug }}>
      <summary>{DEADLINE_QUESTION}</summary>
      <div className="stack">
        <p>Don&rsquo;t wait for the whole guide: ask for help now, and try a fix while you wait.</p>
        <h2 id="deadline-intuit">Reach Intuit through QuickBooks</h2>
        <p>{route}</p>
        <h2 id="deadline-meanwhile">Try these meanwhile</h2>
        <ul className="bullets" aria-labelledby="deadline-meanwhile">
          {entry.causes.slice(0, FASTEST).map((cause, index) => (
            <li key={cause.id}>
              <PageLink
                data-starts-guide={entry.slug}
                data-situation={index}
                to={paths.step(
                  entry.slug,
                  cause.fixNode,
                  // As a situation chosen, like "sounds like me": no answers recorded as given.
                  encodeSession(tree, situationSession(entry.causes, index)),
                  options,
                )}
              >
                {cause.title}
              </PageLink>
            </li>
          ))}
          {entry.quickFix && (
            <li>
              {entry.quickFix} <ClaimNote as="span" basis={entry.quickFixBasis} />
            </li>
          )}
        </ul>
        <h2 id="deadline-expert">Or bring in an expert</h2>
        <p>
          Or ask {contactName}: <ExternalLink href={url}>{callToAction}</ExternalLink>. See also{' '}
          <a href="#expert">when to call an expert, and what it may cost</a>.
        </p>
        <ScamWarning id="deadline-scam-title" text={site.scamWarning} />
        <p>If none of these is quick enough, the rest of this page goes on as usual.</p>
      </div>
    </details>
  );
}
