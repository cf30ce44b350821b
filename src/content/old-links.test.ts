/**
 * Step links made for the trees before the triage re-order (issue 10) still open: their
 * fingerprint no longer matches, so they decode as "made for an older version of this guide"
 * (the step page then opens the error page with that note) instead of replaying old answers
 * onto the new tree. The links were taken from the trees on main before the change.
 */
import { describe, expect, it } from 'vitest';
import { decodeSession, fingerprint, walk } from '../engine/index.ts';
import { readContentDir } from './read-content-dir.ts';
import { toTree } from './runtime/to-tree.ts';

const OLD_LINKS = [
  // 102 (fingerprint wj5h): "Yes, straight away", "Yes", not fixed, not fixed: the account reset.
  { slug: '102', path: '/errors/102/step/sync-reset', s: 'wj5h-0011' },
  // 202 (fingerprint r0nc): 2024 or newer, "I get in", "Yes", not fixed, "everything looks
  // normal": the SSL clear.
  { slug: '202', path: '/errors/202/step/clear-ssl', s: 'r0nc-00011' },
];

const content = readContentDir(process.cwd());
if (!content.ok) throw new Error('content/ does not pass the content check');

describe.each(OLD_LINKS)('the old link $path?s=$s', ({ slug, s }) => {
  const entry = content.content.errors.find((e) => e.slug === slug);
  if (entry?.kind !== 'guided') throw new Error(`no guided error ${slug}`);
  const tree = toTree(entry.tree);

  it('is recognised as made for an older version of the guide', () => {
    expect(fingerprint(tree)).not.toBe(s.slice(0, 4));
    expect(decodeSession(tree, s)).toEqual({ ok: false, error: { kind: 'content-changed' } });
  });

  it('would have led somewhere else had its answers been replayed on the new tree', () => {
    const answers = [...s.slice(5)].map((digit) => parseInt(digit, 36));
    const replayed = walk(tree, { answers });
    const landed = replayed.ok ? replayed.value.current.id : 'nowhere';
    expect(`/errors/${slug}/step/${landed}`).not.toBe(OLD_LINKS.find((l) => l.s === s)?.path);
  });
});
