import { paths, type LinkOptions } from '../../app/paths.ts';
import { choicesOf, walk, type Session, type Tree } from '../../engine/index.ts';
import { backHref, choiceLinks, startHref } from '../wizard/step-links.ts';

export interface AgentLinks {
  /** The next step for each choice on screen, in order (digit n picks `choices[n - 1]`). */
  readonly choices: readonly string[];
  /** One step back along the route taken; at the first question, the error's page. */
  readonly back: string;
  /** The first question again. */
  readonly restart: string;
}

const agent: LinkOptions = { mode: 'agent' };

/** Where the agent's shortcuts lead from the step `session` is on. All links keep agent mode. */
export function agentLinks(tree: Tree, slug: string, session: Session): AgentLinks {
  const here = walk(tree, session);
  const choices = here.ok ? choicesOf(here.value.current) : [];
  return {
    choices: choiceLinks(tree, slug, session, choices, agent).map((link) => link.href),
    back: backHref(tree, slug, session, agent) ?? paths.error(slug, agent),
    restart: startHref(tree, slug, agent),
  };
}
