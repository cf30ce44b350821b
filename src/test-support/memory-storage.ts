/** A Map-backed Storage, so each test has its own; `failing` makes chosen methods throw. */
export function memoryStorage(
  initial: Record<string, string> = {},
  failing: { readonly setItem?: boolean } = {},
): Storage & { readonly data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => {
      if (failing.setItem) throw new DOMException('full', 'QuotaExceededError');
      data.set(key, value);
    },
  };
}

/** A Storage that throws on every use, as a browser with storage switched off does. */
export const deniedStorage = (): Storage => {
  throw new DOMException('denied', 'SecurityError');
};
