import { expect } from "vitest";
import type { SlaInputError, SlaIssue } from "../../src/index.js";

/** The single issue at `path` (fails when there is none or several). */
export function issueAt(error: SlaInputError, path: readonly (string | number)[]): SlaIssue {
  const found = error.issues.filter((issue) => JSON.stringify(issue.path) === JSON.stringify(path));
  expect(
    found,
    `issues at ${JSON.stringify(path)} in ${JSON.stringify(error.issues)}`,
  ).toHaveLength(1);
  return found[0] as SlaIssue;
}
