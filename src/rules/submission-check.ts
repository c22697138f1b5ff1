/** Who may open a case: a Named Support Contact, or someone whose case must be resubmitted. */

import { type SupportAdminPermission, supportAdminPermissions } from "../data/channels.js";
import { joinSteps, lazy, lazyResult } from "../explain/lazy.js";
import { type ContactReason, reason } from "../explain/reason.js";
import type { CaseWith, SupportCase } from "../input/case.js";
import { readCase } from "../input/read-case.js";
import { ruleFields } from "../input/schema.js";
import { contactKey } from "../place/fields.js";

/**
 * Input of {@link submissionCheck}: a case ({@link SupportCase}) with `submitter` (who contacted
 * Adobe) and `namedContacts` (may be empty), compared trimmed, in any case; other keys are
 * ignored.
 *
 * @example
 * ```ts
 * import { submissionCheck, type SubmissionCheckInput } from "adobe-support-sla";
 * const input: SubmissionCheckInput = {
 *   submitter: "Ben@Example.com",
 *   namedContacts: ["ana@example.com", "ben@example.com"],
 * };
 * submissionCheck(input).matchedContact //=> "ben@example.com"
 * ```
 * @category Types
 */
export type SubmissionCheckInput = CaseWith<"submitter" | "namedContacts">;

/**
 * Reason codes of {@link submissionCheck}.
 *
 * @example
 * ```ts
 * import { submissionCheck, type SubmissionReasonCode } from "adobe-support-sla";
 * const check = submissionCheck({ submitter: "it-desk@example.com", namedContacts: [] });
 * const code: SubmissionReasonCode = check.reason.code;
 * code //=> "not_named_contact"
 * ```
 * @category Types
 */
export type SubmissionReasonCode = "named_contact" | "not_named_contact";

/**
 * Result of {@link submissionCheck}.
 *
 * Frozen. Its `steps` and `explanation` are made when first read and then kept;
 * `JSON.stringify`, spreading and `structuredClone` see every field.
 *
 * @example
 * ```ts
 * import { submissionCheck, type SubmissionCheck } from "adobe-support-sla";
 * const contacts = ["ana@example.com"];
 * const check: SubmissionCheck = submissionCheck({ submitter: "ana@example.com", namedContacts: contacts });
 * check.mayBeAskedToResubmit //=> false
 * check.supportAdminPermissions.length //=> 4
 * ```
 * @category Types
 */
export interface SubmissionCheck {
  /** Whether the submitter matches one of `namedContacts`. */
  readonly submitterIsNamedContact: boolean;
  /** The entry of `namedContacts` that matched, as given; `null` when none did. */
  readonly matchedContact: string | null;
  /** Whether Adobe may ask for the case to be submitted again by a Named Support Contact. */
  readonly mayBeAskedToResubmit: boolean;
  /** Why, as a code and a sentence. */
  readonly reason: ContactReason<SubmissionReasonCode>;
  /** What a support admin can do in the support portal (the `supportAdminPermissions` data). */
  readonly supportAdminPermissions: readonly SupportAdminPermission[];
  /** Readable steps, in order. */
  readonly steps: readonly string[];
  /** The steps joined into one sentence. */
  readonly explanation: string;
}

/** @internal The case fields {@link submissionCheck} reads; its schema is {@link submissionCheckInputSchema}. */
export const submissionCheckFields = /* @__PURE__ */ (() =>
  ruleFields(["submitter", "namedContacts"], []))();

/**
 * Zod schema of {@link SubmissionCheckInput}.
 *
 * @example
 * ```ts
 * import { submissionCheckInputSchema } from "adobe-support-sla";
 * submissionCheckInputSchema.safeParse({ submitter: "ana@example.com", namedContacts: [] }).success //=> true
 * submissionCheckInputSchema.safeParse({ submitter: " ", namedContacts: [] }).success //=> false
 * ```
 * @category Rules
 */
export const submissionCheckInputSchema = /* @__PURE__ */ (() => submissionCheckFields.schema())();

/**
 * Whether a case raised by this person may be sent back for a Named Support Contact to submit:
 * when someone who is not a Named Support Contact contacts Adobe, Adobe may ask for the case to be
 * resubmitted by one. Also returns, as data, what the support admins of the portal can do.
 *
 * Matching is exact after trimming and Unicode NFC normalisation, in any case
 * (`" Ana@Example.com"` matches `"ana@example.com"`); no fuzzy or partial matching.
 *
 * @param input - The submitter and the Named Support Contacts.
 * @returns Whether the submitter is a Named Support Contact, and so whether resubmission may be asked.
 * @throws {@link SlaInputError} For a blank submitter or contact (code `empty`), a value that is
 * not a string, or more than 1,000 contacts.
 * @example
 * ```ts
 * import { submissionCheck } from "adobe-support-sla";
 * const check = submissionCheck({
 *   submitter: "it-desk@example.com",
 *   namedContacts: ["ana@example.com", "ben@example.com"],
 * });
 * check.mayBeAskedToResubmit //=> true
 * check.reason.code //=> "not_named_contact"
 * const ana = submissionCheck({ submitter: " Ana@Example.com ", namedContacts: ["ana@example.com"] });
 * ana.matchedContact //=> "ana@example.com"
 * ```
 * @category Rules
 */
export function submissionCheck(input: SubmissionCheckInput): SubmissionCheck {
  const parsed = readCase(submissionCheckFields, input);
  const key = contactKey(parsed.submitter);
  const matched = parsed.namedContacts.find((contact) => contactKey(contact) === key);
  const who = JSON.stringify(parsed.submitter.trim());
  const count = parsed.namedContacts.length;
  const result =
    matched === undefined
      ? reason(
          "not_named_contact",
          `${who} is not a Named Support Contact: Adobe may ask for the case to be resubmitted by one`,
        )
      : reason("named_contact", `${who} is a Named Support Contact: no resubmission needed`);
  return lazyResult<SubmissionCheck>({
    submitterIsNamedContact: matched !== undefined,
    matchedContact: matched ?? null,
    mayBeAskedToResubmit: matched === undefined,
    reason: result,
    supportAdminPermissions,
    steps: lazy(() =>
      Object.freeze([
        `${count} Named Support Contact${count === 1 ? "" : "s"} given; compared trimmed, in any case`,
        result.text,
      ]),
    ),
    explanation: lazy(joinSteps),
  });
}
