import { assertNever, type GraphIssue } from '../engine/index.ts';
import type { ContentProblem } from './problem.ts';

/** Where a node is written: its field path and, when known, its line. */
export type NodeLocator = (id: string) => { readonly field: string; readonly line?: number };

/** A graph issue in an author's words. */
export function graphProblem(file: string, issue: GraphIssue, locate: NodeLocator): ContentProblem {
  const at = (id: string, suffix = ''): { field: string; line?: number } => {
    const where = locate(id);
    return { ...where, field: `${where.field}${suffix}` };
  };
  switch (issue.kind) {
    case 'duplicate-id':
      return {
        file,
        ...at(issue.id),
        problem: `the id "${issue.id}" is used by ${issue.positions.length} nodes (positions ${issue.positions.join(', ')})`,
        hint: 'give every node its own id',
      };
    case 'missing-start':
      return {
        file,
        field: 'tree.start',
        problem: `the start node "${issue.start}" does not exist`,
        hint: 'set tree.start to the id of the first question',
      };
    case 'dangling-next':
      return {
        file,
        ...at(issue.from, ` answer ${issue.choice + 1}`),
        problem: `leads to "${issue.to}", but no node has that id`,
        hint: 'fix the spelling of the id, or add the missing node',
      };
    case 'unreachable':
      return {
        file,
        ...at(issue.id),
        problem: 'no answer leads to this node, so nobody can ever see it',
        hint: 'point an answer at it, or remove it',
      };
    case 'dead-end':
      return {
        file,
        ...at(issue.id),
        problem: 'from here the user can never reach an ending (a resolved or escalation node)',
        hint: 'make sure every route ends in a "resolved" or "escalation" node',
      };
    case 'unmarked-loop':
      return {
        file,
        ...at(issue.cycle[0] ?? ''),
        problem: `these nodes lead round in a circle: ${[...issue.cycle, issue.cycle[0]].map((id) => `"${id}"`).join(' → ')}`,
        hint: 'if the loop is meant ("wait, then try again"), add "retry: true" to the answer that goes back',
      };
    default:
      return assertNever(issue);
  }
}
