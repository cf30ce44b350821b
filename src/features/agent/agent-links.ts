import { paths, type LinkOptions } from '../../app/paths.ts';
import {
  answer,
  back,
  choicesOf,
  encodeSession,
  start,
  walk,
  type Session,
  type Tree,
} from '../../engine/index.ts';

export interface AgentLinks {
  /** The next step for each choice on screen, in order (digit n picks `choices[n - 1]`). */
  readonly choices: readonly string[];
  /** One step back along the route taken; at the first question, the error's page. */
  readonly back: string;
  /** The first question again. */
  readonly restart: string;
  /** This step in owner view: same path and answers, without agent mode. */
  readonly owner: string;
}

const agent: LinkOptions = { mode: 'agent' };

/** Where the agent's shortcuts lead from the step `session` is on. All links keep agent mode. */
export function agentLinks(tree: Tree, slug: string, session: Session): AgentLinks {
  const here = walk(tree, session);
  const stepHref = (to: Session, options: LinkOptions = agent): string | undefined => {
    const walked = walk(tree, to);
    return walked.ok
      ? paths.step(slug, walked.value.current.id, encodeSession(tree, to), options)
      : undefined;
  };
  const choices = here.ok
    ? choicesOf(here.value.current).flatMap((_, index) => {
        const next = answer(tree, session, index);
        const href = next.ok ? stepHref(next.value) : undefined;
        return href ? [href] : [];
      })
    : [];
  const restart = stepHref(start()) ?? paths.error(slug, agent);
  return {
    choices,
    back:
      session.answers.length > 0 ? (stepHref(back(session)) ?? restart) : paths.error(slug, agent),
    restart,
    owner: stepHref(session, {}) ?? paths.error(slug),
  };
}
