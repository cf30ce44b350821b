import { useEffect } from 'react';
import { mountIsland, stringProp } from '../../lib/mount-island.tsx';
import { linkOptionsOf, paths, type LinkOptions } from '../../routing/paths.ts';
import { PageLink } from '../../ui/page-link.tsx';
import { linkProblemOf, type LinkProblem } from './link-problem.ts';
import { problemMessage } from './problem-message.ts';

interface Props {
  readonly problem: LinkProblem;
  readonly code: string;
  /** The first step's address. */
  readonly start: string;
  /** The options of the page's own address, kept by the link to another guide. */
  readonly options?: LinkOptions;
}

/**
 * A step link that cannot be trusted (cut short, edited, made for older content) opens the
 * error's own page with this note at the top: why the step is not shown, and a fresh start.
 */
export function LinkNotice({ problem, code, start, options }: Props) {
  const message = problemMessage(problem);
  useEffect(() => {
    document.title = `${message.title} · ${document.title}`;
  }, [message.title]);
  return (
    <section
      className="notice notice--warning stack"
      role="alert"
      aria-labelledby="broken-title"
      data-problem={problem.kind}
    >
      <h2 id="broken-title">{message.title}</h2>
      <p>{message.body}</p>
      <p>Nothing has changed in QuickBooks or in your books. You can start the guide again.</p>
      {problem.guide && (
        <p>
          <PageLink className="button" to={paths.error(problem.guide.slug, options)}>
            Open the Error {problem.guide.code} guide
          </PageLink>
        </p>
      )}
      <p>
        <PageLink className={problem.guide ? undefined : 'button'} to={start}>
          Start the Error {code} guide from the beginning
        </PageLink>
      </p>
    </section>
  );
}

/** Starts the notice in its slot, when the address says a step link could not be opened. */
export function mount(slot: HTMLElement, props: unknown): Promise<void> {
  const problem = linkProblemOf(window.location.search);
  if (!problem) return Promise.resolve();
  return mountIsland(
    slot,
    <LinkNotice
      problem={problem}
      code={stringProp(props, 'code')}
      start={stringProp(props, 'start')}
      options={linkOptionsOf(window.location.search)}
    />,
  );
}
