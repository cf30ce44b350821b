import type { StepModel } from '../../../engine/index.ts';
import { paths, type LinkOptions } from '../../../routing/paths.ts';

export interface AgentLinks {
  /** The next step for each choice on screen, in order (digit n picks `choices[n - 1]`). */
  readonly choices: readonly string[];
  /** One step back along the route taken; at the first question, the error's page. */
  readonly back: string;
  /** The first question again. */
  readonly restart: string;
  /** True when `back` leaves the wizard for the error's page (a full page load). */
  readonly backLeaves: boolean;
}

const agent: LinkOptions = { mode: 'agent' };

/** Where the agent's shortcuts lead from the step on screen. All links keep agent mode. */
export function agentLinks(model: StepModel, slug: string): AgentLinks {
  return {
    choices: model.choices.map((choice) => paths.target(slug, choice.target, agent)),
    back: model.back ? paths.target(slug, model.back, agent) : paths.error(slug, agent),
    restart: paths.target(slug, model.restart, agent),
    backLeaves: model.back === undefined,
  };
}
