import { site } from '../../content/runtime/app-content.ts';
import type { GuidedError } from '../../content/types.ts';
import type { FixNode, Tree } from '../../engine/index.ts';
import { paths, type LinkOptions } from '../../routing/paths.ts';
import { PageLink } from '../../ui/page-link.tsx';
import { nodePath } from './guide-links.ts';
import type { GuideSectionProps } from './guide-section-props.ts';

const fixesOf = (entry: GuidedError): FixNode[] =>
  entry.tree.nodes.flatMap((node) => (node.kind === 'fix' ? [node] : []));

const carries = (fix: FixNode, number: number): boolean =>
  fix.origin?.kind === 'repair-steps' && fix.origin.steps.some((step) => step.number === number);

function FixLink(props: {
  readonly entry: GuidedError;
  readonly tree: Tree;
  readonly fix: FixNode | undefined;
  readonly text: string;
  readonly options: LinkOptions;
}) {
  const to = props.fix && nodePath(props.tree, props.entry.slug, props.fix.id, props.options);
  return to ? <PageLink to={to}>{props.text}</PageLink> : <>{props.text}</>;
}

/**
 * "How to fix it". Where the source numbers its repair steps, those steps by their one name and
 * number, each linking to the step that does it, then what Fixpath adds beyond them, never
 * counted into them; otherwise every fix in the order the guide takes them.
 */
export function RepairSteps({ entry, tree, options }: GuideSectionProps) {
  const fixes = fixesOf(entry);
  const numbered = entry.repairSteps ?? [];
  const added = fixes.filter((fix) => fix.origin?.kind === 'added-by-us');
  return (
    <section aria-labelledby="fixes-title">
      <h2 id="fixes-title">How to fix it</h2>
      {numbered.length > 0 ? (
        <>
          <p>The {numbered.length} repairs, in order:</p>
          <ol className="repair-steps">
            {numbered.map((step) => (
              <li key={step.number}>
                <FixLink
                  entry={entry}
                  tree={tree}
                  fix={fixes.find((fix) => carries(fix, step.number))}
                  text={step.name}
                  options={options}
                />
              </li>
            ))}
          </ol>
          {added.length > 0 && (
            <>
              <p>
                Added by {site.name}, for situations the {numbered.length} repairs do not cover:
              </p>
              <ul className="bullets">
                {added.map((fix) => (
                  <li key={fix.id}>
                    <FixLink
                      entry={entry}
                      tree={tree}
                      fix={fix}
                      text={fix.title}
                      options={options}
                    />
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      ) : (
        <ul className="bullets">
          {fixes.map((fix) => (
            <li key={fix.id}>
              <FixLink entry={entry} tree={tree} fix={fix} text={fix.title} options={options} />
            </li>
          ))}
        </ul>
      )}
      <p>
        <PageLink to={paths.checklist(entry.slug, options)}>
          Every fix on one page, with boxes to tick, to print
        </PageLink>
      </p>
    </section>
  );
}
