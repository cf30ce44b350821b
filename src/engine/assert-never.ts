/** Makes a `switch` over a tagged union exhaustive: adding a kind breaks the build here. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
