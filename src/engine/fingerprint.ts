import { choicesOf } from './choices.ts';
import type { Tree } from './types.ts';

const cache = new WeakMap<Tree, string>();

/** FNV-1a, 32 bits: small, fast, and stable across platforms. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export const FINGERPRINT_LENGTH = 4;

/**
 * A short code for the *shape* of a tree: its node ids, kinds and where each choice leads.
 * Wording changes keep it; anything that would make saved answers lead somewhere else changes
 * it. Saved links and progress carry it, so stale ones are recognised instead of misapplied.
 */
export function fingerprint(tree: Tree): string {
  const cached = cache.get(tree);
  if (cached) return cached;
  const parts = [tree.id, tree.start];
  const ids = [...tree.nodes.keys()].sort();
  for (const id of ids) {
    const node = tree.nodes.get(id);
    if (!node) continue;
    parts.push(
      `${id}:${node.kind}>${choicesOf(node)
        .map((c) => c.next)
        .join(',')}`,
    );
  }
  const value = (fnv1a(parts.join('|')) % 36 ** FINGERPRINT_LENGTH)
    .toString(36)
    .padStart(FINGERPRINT_LENGTH, '0');
  cache.set(tree, value);
  return value;
}
