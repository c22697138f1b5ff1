/** "Did you mean": the closest known word to a likely typo, shared by the library's messages and the command line. */

/**
 * Edit distance between two short strings, ignoring case (for "did you mean"): insertions,
 * deletions, substitutions and swaps of two neighbouring letters (`regoin` is one edit from
 * `region`).
 */
function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let before: number[] = [];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let distance = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) {
        distance = Math.min(distance, (before[j - 2] ?? 0) + 1);
      }
      current[j] = distance;
    }
    before = previous;
    previous = current;
  }
  return previous[y.length] ?? 0;
}

/** How close a word must be to a candidate for {@link closest} to suggest it. */
export interface ClosestOptions {
  /**
   * The largest edit distance accepted.
   * @default a third of the word's length, between 1 and 3
   */
  readonly maxDistance?: number;
  /**
   * Also suggest a candidate the word starts with, or one that starts with the word (`mon` for
   * `monday`).
   * @default true
   */
  readonly prefixes?: boolean;
}

/** The closest candidate to `word`, when it is close enough to be a likely typo. */
export function closest(
  word: string,
  candidates: readonly string[],
  options: ClosestOptions = {},
): string | undefined {
  if (word.length > 64) return undefined;
  const lower = word.toLowerCase();
  // "p2" for "P2": a difference of case only.
  const sameLetters = candidates.find((c) => c.toLowerCase() === lower);
  if (sameLetters !== undefined) return sameLetters;
  if (word.length < 3) return undefined;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - word.length) > 3) continue;
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const limit = options.maxDistance ?? Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  if (bestDistance <= limit) return best;
  if (options.prefixes === false) return undefined;
  // "monday" for "mon": a candidate the word starts with, or one that starts with the word.
  return candidates.find(
    (c) =>
      c.length >= 3 && (lower.startsWith(c.toLowerCase()) || c.toLowerCase().startsWith(lower)),
  );
}
