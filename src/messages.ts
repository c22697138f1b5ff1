/** The readable sentences that several schemas and fast paths share, written once (codes: issue-codes.ts). */

/** A date field that is not a real calendar date. */
export const expectedRealDate = "expected a real date as YYYY-MM-DD";

/** A flag that is not a boolean. */
export const expectedTrueOrFalse = "expected true or false";

/** `atRiskThreshold` outside (0, 1]: a share of the target. */
export const expectedShareOfTarget = "expected a share of the target in (0, 1], e.g. 0.75";

/** `expected one of "a", "b"`: the allowed values of an enum, each as JSON. */
export function expectedOneOf(values: readonly string[]): string {
  return `expected one of ${values.map((v) => JSON.stringify(v)).join(", ")}`;
}
