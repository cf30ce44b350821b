/** The engine's one public entry. Pure TypeScript: no React, no zod, no storage, no DOM. */
export type * from './types.ts';
export { asNodeId } from './types.ts';
export { assertNever } from './assert-never.ts';
export { choicesOf, isLeaf } from './choices.ts';
export { ok, err, type Result } from './result.ts';
export {
  start,
  walk,
  answer,
  back,
  rewindTo,
  prefixOf,
  type Session,
  type Situation,
  type PathStep,
  type Walk,
  type WalkError,
} from './session.ts';
export { progress, distancesToLeaf, type Progress } from './estimate.ts';
export { fingerprint } from './fingerprint.ts';
export {
  encodeSession,
  decodeSession,
  fingerprintOf,
  MAX_ANSWERS,
  type DecodeError,
} from './codec.ts';
export { checkGraph, buildTree, type GraphIssue } from './graph-check.ts';
export { allPaths, type RootToLeafPath } from './paths.ts';
export { shortestSession, answersToReach } from './shortest-session.ts';
export { sessionFromLabels, type LabelError } from './session-from-labels.ts';
export {
  answerCost,
  targetWeights,
  largestAnswerCount,
  type AnswerCost,
  type CostTarget,
} from './answer-cost.ts';
export { entropy, optimalPrefixCodeLength } from './info-bound.ts';
export {
  stepModel,
  stepModelOf,
  startTarget,
  shortestTarget,
  fixOutcome,
  type StepModel,
  type StepTarget,
  type StepProblem,
  type ChoiceModel,
  type RouteStep,
  type StepProgress,
  type FixOutcome,
} from './step-model.ts';
export { sessionChange, type SessionChange } from './session-change.ts';
