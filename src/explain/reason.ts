/** A reason as the contact rules give it: a stable code and our own readable sentence. */

/**
 * A reason: a stable code and our own readable text.
 *
 * @example
 * ```ts
 * import { type ContactReason, type SubmissionReasonCode, submissionCheck } from "adobe-support-sla";
 * const check = submissionCheck({ submitter: "ana@example.com", namedContacts: ["ana@example.com"] });
 * const reason: ContactReason<SubmissionReasonCode> = check.reason;
 * reason.code //=> "named_contact"
 * reason.text //=> "\"ana@example.com\" is a Named Support Contact: no resubmission needed"
 * ```
 * @category Types
 */
export interface ContactReason<Code extends string> {
  /** Stable machine-readable code. */
  readonly code: Code;
  /** Our own readable sentence. */
  readonly text: string;
}

/** Builds a frozen {@link ContactReason}. */
export const reason = <Code extends string>(code: Code, text: string): ContactReason<Code> =>
  Object.freeze({ code, text });
