/**
 * Information-theoretic floors for "how many answers until the right fix", given how likely
 * each cause is. Pure arithmetic on a list of probabilities (summing to 1).
 */

/** Shannon entropy of `probabilities` in base `base` (zero probabilities contribute nothing). */
export function entropy(probabilities: readonly number[], base: number): number {
  const logBase = Math.log(base);
  return probabilities.reduce((sum, p) => (p > 0 ? sum - (p * Math.log(p)) / logBase : sum), 0);
}

/**
 * The expected codeword length of an optimal `arity`-ary prefix code for `probabilities`
 * (Huffman's algorithm, padded with zero-probability symbols so that every merge takes exactly
 * `arity` items). No prefix code over an alphabet of `arity` letters has a shorter expected
 * length; it lies in [entropy, entropy + 1) in base `arity`. One symbol needs no letters (0).
 */
export function optimalPrefixCodeLength(probabilities: readonly number[], arity: number): number {
  if (!Number.isInteger(arity) || arity < 2) throw new RangeError('arity must be 2 or more');
  if (probabilities.length <= 1) return 0;
  const items = [...probabilities];
  while ((items.length - 1) % (arity - 1) !== 0) items.push(0);
  items.sort((a, b) => a - b);
  let cost = 0;
  while (items.length > 1) {
    const merged = items.splice(0, arity).reduce((sum, p) => sum + p, 0);
    cost += merged;
    const at = items.findIndex((p) => p > merged);
    items.splice(at < 0 ? items.length : at, 0, merged);
  }
  return cost;
}
