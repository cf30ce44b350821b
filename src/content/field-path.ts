/**
 * A field path as an author reads it: `tree.nodes[3] (id "ask-bank").answers[0] (label "Yes").next`.
 * Items of a list are named by their `id`, or else their `label`, when they have one.
 */
export function describePath(path: readonly PropertyKey[], data: unknown): string {
  let out = '';
  let cursor: unknown = data;
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
    cursor = isRecord(cursor) || Array.isArray(cursor) ? Reflect.get(cursor, key) : undefined;
    if (typeof key === 'number' && isRecord(cursor)) {
      const name = typeof cursor['id'] === 'string' ? 'id' : 'label';
      if (typeof cursor[name] === 'string') out += ` (${name} "${cursor[name]}")`;
    }
  }
  return out;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `path` inside `data`, if any. */
export function valueAt(path: readonly PropertyKey[], data: unknown): unknown {
  let cursor = data;
  for (const key of path) {
    if (!(isRecord(cursor) || Array.isArray(cursor))) return undefined;
    cursor = Reflect.get(cursor, key);
  }
  return cursor;
}
