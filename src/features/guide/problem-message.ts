import { assertNever } from '../../engine/index.ts';
import type { LinkProblem } from './link-problem.ts';

export interface ProblemMessage {
  readonly title: string;
  readonly body: string;
}

/** A plain explanation of why a step link cannot be shown, one per kind of problem. */
export function problemMessage(problem: LinkProblem): ProblemMessage {
  const at = problem.at === undefined ? '' : ` ${problem.at}`;
  switch (problem.kind) {
    case 'empty':
      return {
        title: 'This step link is incomplete',
        body: 'The part of the link that records your answers is missing, so we cannot tell which step you were on.',
      };
    case 'too-long':
      return {
        title: 'This step link is too long',
        body: 'The link holds more answers than any route through this guide. It may have been joined to another link or changed by mistake.',
      };
    case 'malformed':
      return {
        title: 'This step link is damaged',
        body: 'Part of the link is not in the form we expect. It may have been cut short or changed when it was copied.',
      };
    case 'content-changed':
      return {
        title: 'This link was made for an older version of this guide',
        body: 'We have improved the guide since this link was made, so its answers could now lead to a different step. To be safe, start again from the beginning. It only takes a minute.',
      };
    case 'invalid-answer':
      return {
        title: 'This step link contains an answer we do not recognise',
        body: `Answer${at} in the link does not match any of the choices at that step.`,
      };
    case 'past-the-end':
      return {
        title: 'This step link goes past the end of the guide',
        body: `The link has more answers after step${at}, where the guide had already finished.`,
      };
    case 'missing-node':
      return {
        title: 'This step link leads to a step that does not exist',
        body: 'The answers in the link lead to a step this guide does not have.',
      };
    case 'wrong-node':
      return {
        title: 'This step link does not match its answers',
        body: 'The step named in the link is not where its answers lead, so we will not guess which one you meant.',
      };
    case 'not-in-guide':
      return problem.guide
        ? {
            title: `This step link belongs to the Error ${problem.guide.code} guide`,
            body: `The answers in this link were given in the guide to Error ${problem.guide.code}, not in this one. Open the Error ${problem.guide.code} guide, or start this guide from the beginning.`,
          }
        : {
            title: 'This step link belongs to another guide',
            body: 'The step in this link is not part of this guide. The link may have been made for the guide to another error: check the error code, or start this guide from the beginning.',
          };
    default:
      return assertNever(problem.kind);
  }
}
