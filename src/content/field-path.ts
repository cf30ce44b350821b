/** A field path as an author reads it: `tree.nodes[3] (node "ask-bank").answers[0].next`. */
export function describePath(path: readonly PropertyKey[], data: unknown): string {
  let out = '';
  let cursor: unknown = data;
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
    cursor = isRecord(cursor) || Array.isArray(cursor) ? Reflect.get(cursor, key) : undefined;
    if (typeof key === 'number' && isRecord(cursor) && typeof cursor['id'] === 'string') {
      out += ` (id "${cursor['id']}")`;
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
