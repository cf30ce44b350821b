import type { FixOrigin, RepairStepRef } from '../engine/index.ts';
import type { ContentProblem } from './problem.ts';
import type { AuthoredGuidedError } from './schema/guided-error.ts';
import type { AuthoredFix } from './schema/node.ts';

export type RepairSteps = readonly RepairStepRef[];

/** The repair step numbers a fix says it carries out, in the order written. */
export const repairNumbers = (fix: AuthoredFix): readonly number[] =>
  fix.repairStep === undefined
    ? []
    : typeof fix.repairStep === 'number'
      ? [fix.repairStep]
      : fix.repairStep;

const listOf = (numbers: readonly number[]): string =>
  numbers.length <= 1
    ? numbers.join('')
    : `${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;

/** The compiled origin of a fix, in an error whose source numbers its repair steps. */
export function fixOrigin(fix: AuthoredFix, steps: RepairSteps | undefined): FixOrigin | undefined {
  if (!steps) return undefined;
  if (fix.addedByUs) return { kind: 'added-by-us' };
  const refs = repairNumbers(fix).flatMap((n) => steps.filter((step) => step.number === n));
  return refs.length > 0 ? { kind: 'repair-steps', steps: refs } : undefined;
}

type Locate = (path: readonly PropertyKey[]) => { line?: number };

/**
 * Problems with the numbering of repair steps: every fix says which numbered step it is or
 * that it is added by us; numbers exist; a fix doing several steps labels each of its steps;
 * every numbered step is carried out somewhere.
 */
export function repairStepProblems(
  file: string,
  authored: AuthoredGuidedError,
  locate: Locate,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const listed = (authored.repairSteps ?? []).map((step) => step.number);
  const used = new Set<number>();
  authored.tree.nodes.forEach((node, index) => {
    if (node.kind !== 'fix') return;
    const at = `tree.nodes[${index}] (id "${node.id}")`;
    const path = ['tree', 'nodes', index];
    const numbers = repairNumbers(node);
    numbers.forEach((n) => used.add(n));
    const unknown = numbers.filter((n) => !listed.includes(n));
    if (unknown.length > 0) {
      problems.push({
        file,
        ...locate([...path, 'repairStep']),
        field: `${at}.repairStep`,
        problem:
          listed.length === 0
            ? `names repair step ${listOf(unknown)}, but this error has no repairSteps list`
            : `names repair step ${listOf(unknown)}, but this error's repairSteps lists ${listOf(listed)}`,
        hint:
          listed.length === 0
            ? 'add repairSteps to the error, or remove repairStep from this fix'
            : 'use a number from repairSteps, or add the step there',
      });
    }
    if (listed.length > 0 && numbers.length > 0 === Boolean(node.addedByUs)) {
      problems.push({
        file,
        ...locate(path),
        field: at,
        problem: node.addedByUs
          ? 'says both repairStep and addedByUs'
          : 'does not say whether it is one of the numbered repair steps or added by us',
        hint: node.addedByUs
          ? 'keep one of them'
          : 'add "repairStep: <number>" (see repairSteps), or "addedByUs: true"',
      });
    }
    node.steps.forEach((step, s) => {
      const own = step.repairStep;
      const field = `${at}.steps[${s}]`;
      if (own === undefined) {
        if (numbers.length < 2) return;
        problems.push({
          file,
          ...locate([...path, 'steps', s]),
          field,
          problem: `this fix carries out repair steps ${listOf(numbers)}, so each of its steps must say which one it belongs to`,
          hint: `add ${numbers.map((n) => `"repairStep: ${n}"`).join(' or ')} to this step`,
        });
      } else if (!numbers.includes(own)) {
        problems.push({
          file,
          ...locate([...path, 'steps', s, 'repairStep']),
          field: `${field}.repairStep`,
          problem:
            numbers.length === 0
              ? `belongs to repair step ${own}, but this fix is not one of the numbered repair steps`
              : `belongs to repair step ${own}, but this fix carries out repair step${numbers.length > 1 ? 's' : ''} ${listOf(numbers)}`,
          hint: 'give the fix that repair step too, or correct the number',
        });
      }
    });
  });
  listed.forEach((n, k) => {
    if (used.has(n)) return;
    problems.push({
      file,
      ...locate(['repairSteps', k]),
      field: `repairSteps[${k}]`,
      problem: `no fix carries out repair step ${n}`,
      hint: `add "repairStep: ${n}" to the fix that does it, or remove it from the list`,
    });
  });
  return problems;
}
