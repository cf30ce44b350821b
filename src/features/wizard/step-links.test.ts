import { describe, expect, it } from 'vitest';
import { encodeSession } from '../../engine/index.ts';
import { fixtureTree as tree } from '../../test-support/guided-fixture.ts';
import { stepProgress } from './step-label.ts';
import { answersSoFar, backHref, choiceLinks, startHref, stepHref } from './step-links.ts';
import { walk } from '../../engine/index.ts';

const s = (answers: number[]): string => encodeSession(tree, { answers });

describe('step links', () => {
  it('links each choice to the step it leads to, keeping the mode', () => {
    const node = tree.nodes.get(tree.start);
    if (node?.kind !== 'question') throw new Error('fixture');
    const links = choiceLinks(tree, 'tiny', { answers: [] }, node.answers, { mode: 'agent' });
    expect(links.map((l) => l.href)).toEqual([
      `/errors/tiny/step/wait?s=${s([0])}&mode=agent`,
      `/errors/tiny/step/refresh?s=${s([1])}&mode=agent`,
      `/errors/tiny/step/refresh?s=${s([2])}&mode=agent`,
    ]);
  });

  it('goes back along the path actually taken, and nowhere from the start', () => {
    expect(backHref(tree, 'tiny', { answers: [0, 1, 2] })).toBe(
      `/errors/tiny/step/wait?s=${s([0, 1])}`,
    );
    expect(backHref(tree, 'tiny', { answers: [] })).toBeUndefined();
  });

  it('starts over with no answers', () => {
    expect(startHref(tree, 'tiny')).toBe(`/errors/tiny/step/ask?s=${s([])}`);
  });

  it('falls back to the start for a session that leads nowhere', () => {
    expect(stepHref(tree, 'tiny', { answers: [7] })).toBe(startHref(tree, 'tiny'));
  });

  it('lists the answers so far with change links that drop later answers', () => {
    const answers = answersSoFar(tree, 'tiny', { answers: [0, 2] });
    expect(answers).toEqual([
      {
        stepIndex: 0,
        question: 'Does it fail at once?',
        answer: 'Yes',
        changeHref: `/errors/tiny/step/ask?s=${s([])}`,
      },
      {
        stepIndex: 1,
        question: 'The server is down',
        answer: 'Still failing',
        changeHref: `/errors/tiny/step/wait?s=${s([0])}`,
      },
    ]);
  });

  it('labels progress as "Step 2 of about 3" and an ending as "Step 3 of 3"', () => {
    const middle = walk(tree, { answers: [1] });
    const end = walk(tree, { answers: [1, 0] });
    if (!middle.ok || !end.ok) throw new Error('fixture');
    expect(stepProgress(tree, middle.value).label).toBe('Step 2 of about 3');
    expect(stepProgress(tree, middle.value).announcement).toBe(
      'Step 2 of about 3: Refresh the feed',
    );
    expect(stepProgress(tree, end.value).label).toBe('Step 3 of 3');
  });
});
