/** Shared pieces of the case tests: catching the input error, and the seven rules by name. */

import {
  adobeMayContact,
  downgradeEligibility,
  isSlaInputError,
  responseDeadline,
  type SlaInputError,
  slaStatus,
  submissionCheck,
  supportChannels,
  supportLanguages,
} from "../../src/index.js";

/** The `SlaInputError` `run` throws (fails when it throws nothing or something else). */
export function inputError(run: () => unknown): SlaInputError {
  try {
    run();
  } catch (error) {
    if (isSlaInputError(error)) return error;
    throw error;
  }
  throw new Error("expected an SlaInputError");
}

/** Every rule that takes a case, called with an unchecked value. */
export const rules = {
  responseDeadline: (input: unknown) => responseDeadline(input as never),
  slaStatus: (input: unknown) => slaStatus(input as never),
  downgradeEligibility: (input: unknown) => downgradeEligibility(input as never),
  adobeMayContact: (input: unknown) => adobeMayContact(input as never),
  supportChannels: (input: unknown) => supportChannels(input as never),
  supportLanguages: (input: unknown) => supportLanguages(input as never),
  submissionCheck: (input: unknown) => submissionCheck(input as never),
} as const;

/** The rule names. */
export type RuleName = keyof typeof rules;
