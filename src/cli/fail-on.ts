/** `--fail-on LIST`: which outcomes make `status` and `report` exit 1, the one condition a user gates on. */

import { closest } from "../text/closest.js";
import { UsageError } from "./io.js";

/** What `--fail-on` can name: three states, rejected rows, or nothing. */
export const failOnWords = ["breached", "met-late", "at-risk", "rejected", "none"] as const;

/** An outcome to fail on. */
export type FailOnOutcome = Exclude<(typeof failOnWords)[number], "none">;

/** The `--fail-on` option, repeatable, each value a comma-separated list. */
export const failOnOption = { "fail-on": { type: "string", multiple: true } } as const;

/**
 * The outcomes of `--fail-on` values (`breached,met-late`, or the flag repeated); `none` alone
 * fails on nothing. Without the flag, `defaults`. `rejected` only where `allowRejected` (report).
 *
 * @throws UsageError For an unknown word (with a "did you mean"), `none` with another word, or
 *   `rejected` on a command without rows.
 */
export function parseFailOn(
  values: readonly string[] | undefined,
  defaults: readonly FailOnOutcome[],
  allowRejected: boolean,
): ReadonlySet<FailOnOutcome> {
  if (values === undefined) return new Set(defaults);
  const words = values.flatMap((value) => value.split(",")).map((word) => word.trim());
  const outcomes = new Set<FailOnOutcome>();
  let none = false;
  for (const word of words) {
    if (word === "none") {
      none = true;
      continue;
    }
    const known = (failOnWords as readonly string[]).includes(word);
    if (!known) {
      const allowed = failOnWords.filter((w) => allowRejected || w !== "rejected");
      const guess = word === "" ? undefined : closest(word, allowed);
      throw new UsageError(
        `--fail-on ${JSON.stringify(word)} is not an outcome; ${guess ? `did you mean ${guess}? ` : ""}expected a comma-separated list of ${allowed.join(", ")}`,
      );
    }
    if (word === "rejected" && !allowRejected) {
      throw new UsageError(
        "--fail-on rejected is for report (rejected rows); an invalid request always exits 2",
      );
    }
    outcomes.add(word as FailOnOutcome);
  }
  if (none && outcomes.size > 0) {
    throw new UsageError(
      `--fail-on none means fail on nothing; it cannot go with ${[...outcomes].join(", ")}`,
    );
  }
  return outcomes;
}
