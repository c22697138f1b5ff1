/** `SupportCase`: everything known about a support request, the one input every rule reads. */

import type { PlanId } from "../data/plans.js";
import type { Priority } from "../data/priorities.js";
import type { RegionId } from "../data/regions.js";
import type { HolidayEntry } from "../holidays/entries.js";
import type { MeasureFrom } from "../place/fields.js";
import type { InstantInput } from "../time/instant.js";
import type { BusinessDayReading, ContactOutcome } from "./options.js";

/**
 * The holidays of a case: a list of {@link HolidayEntry} (`YYYY-MM-DD` dates or
 * `Temporal.PlainDate`s, named dates, parts of days, yearly rules), or a predicate called with
 * `YYYY-MM-DD` strings. Dates and wall times are read in the zone of the calendar they close.
 *
 * @example
 * ```ts
 * import { type HolidaysInput, responseDeadline } from "adobe-support-sla";
 * const holidays: HolidaysInput = ["2026-11-03", { month: 1, day: 1, name: "New Year's Day" }];
 * const request = { plan: "expert", priority: "P3", billingCountry: "JP", openedAt: "2026-11-02T16:00:00+09:00" } as const;
 * responseDeadline({ ...request, holidays }).dueAt //=> "2026-11-04T03:00:00.000Z"
 * ```
 * @category Types
 */
export type HolidaysInput = readonly HolidayEntry[] | ((isoDate: string) => boolean);

/**
 * A priority change: from `at` on, the case has `priority`.
 *
 * @example
 * ```ts
 * import { type PriorityChange, slaStatus } from "adobe-support-sla";
 * const escalation: PriorityChange = { priority: "P1", at: "2026-11-23T10:00:00Z" };
 * const request = { plan: "expert", priority: "P3", billingCountry: "GB", openedAt: "2026-11-23T09:00:00Z" } as const;
 * const status = slaStatus({ ...request, now: "2026-11-23T10:30:00Z", priorityHistory: [escalation], measureFrom: "change" });
 * status.priority //=> "P1"
 * status.dueAt //=> "2026-11-23T11:00:00.000Z"
 * ```
 * @category Types
 */
export interface PriorityChange {
  /** The new priority. */
  readonly priority: Priority;
  /** When it changed: an instant in any accepted form ({@link InstantInput}); not before the opening. */
  readonly at: InstantInput;
}

/**
 * A stretch during which the clock is stopped ("waiting on customer"); open-ended until `now` without `to`.
 *
 * @example
 * ```ts
 * import { type Pause, slaStatus } from "adobe-support-sla";
 * const waiting: Pause = { from: "2026-11-23T09:05:00Z", to: "2026-11-23T09:10:00Z", reason: "waiting on customer" };
 * const request = { plan: "ultimate", priority: "P1", openedAt: "2026-11-23T09:00:00Z" } as const;
 * const status = slaStatus({ ...request, now: "2026-11-23T09:12:00Z", pauses: [waiting] });
 * status.pausedMs //=> 300000
 * status.dueAt //=> "2026-11-23T09:20:00.000Z"
 * ```
 * @category Types
 */
export interface Pause {
  /** When the clock stops: an instant in any accepted form, not before the opening. */
  readonly from: InstantInput;
  /**
   * When the clock runs again; not before `from`. `null` is the same as absent.
   * @default `now` (required when `from` is after `now`)
   */
  readonly to?: InstantInput | null | undefined;
  /**
   * Why, as the explanation will show it (at most 500 characters). `null` is the same as absent.
   * @default none
   */
  readonly reason?: string | null | undefined;
}

/**
 * One contact attempt by Adobe.
 *
 * @example
 * ```ts
 * import { type ContactAttempt, downgradeEligibility } from "adobe-support-sla";
 * const attempt: ContactAttempt = { at: "2026-11-23T10:00:00Z", contact: "Ana@example.com", outcome: "no-response" };
 * const request = { plan: "expert", priority: "P2", region: "emea", openedAt: "2026-11-23T09:00:00Z" } as const;
 * const answer = downgradeEligibility({ ...request, namedContacts: ["ana@example.com"], contactAttempts: [attempt] });
 * answer.attempts[0]?.counted //=> true
 * answer.eligible //=> true
 * ```
 * @category Types
 */
export interface ContactAttempt {
  /** When Adobe tried: an instant in any accepted form ({@link InstantInput}). */
  readonly at: InstantInput;
  /** Who was contacted: a name or an email, compared with `namedContacts` ignoring case and surrounding spaces. */
  readonly contact: string;
  /** What came of it. */
  readonly outcome: ContactOutcome;
}

/**
 * Everything known about a support request: what it is (plan, priority, opening, product), where
 * the customer is (region, billing country, zone, holidays), what happened since (response,
 * priority changes, pauses, contact attempts) and, for the rules about a live case, `now`.
 * Every rule takes a case and reads the fields it needs; each rule's input type is this type with
 * the fields that rule requires made required.
 *
 * - **Pass the same object everywhere.** Keys the library does not read are ignored (a ticket's
 *   `id`, `subject`, `status`...), so a ticket or a database row can be passed as it is.
 * - **Except a misspelt key.** A key a rule does not read that looks like a misspelling of a key
 *   it reads, while that key is absent, is an error (`unknown_key`, "did you mean"): the same
 *   key ignoring case, `_` and `-` (`opened_at`, `billingcountry`), or one edit away (two from
 *   ten letters on: `priorty`). A key that is a known key plus a final `s` (`products`) is not
 *   taken for a misspelling. Entries of `pauses`, `priorityHistory` and `contactAttempts` are
 *   strict: any key they do not define is an error.
 * - **`null` means absent**, for every optional field, at the top level and inside entries
 *   (`respondedAt: null`, a pause's `to: null`); a required field given as `null` is `required`.
 * - **`now` is the evaluation instant** of every rule that needs one (the old `at` of
 *   `adobeMayContact`, `supportChannels` and `supportLanguages`: given alone it is reported as
 *   renamed). The library never reads the clock.
 *
 * @example
 * ```ts
 * import { adobeMayContact, responseDeadline, slaStatus, type SupportCase } from "adobe-support-sla";
 * const ticket = {
 *   id: 4521,
 *   subject: "Checkout down",
 *   plan: "ultimate",
 *   priority: "P2",
 *   billingCountry: "FR",
 *   openedAt: "2026-11-20T16:50:00+01:00",
 *   respondedAt: null,
 * } as const;
 * const supportCase: SupportCase = ticket;
 * responseDeadline(ticket).dueAt //=> "2026-11-23T08:20:00.000Z"
 * slaStatus({ ...ticket, now: "2026-11-23T09:15:00+01:00" }).state //=> "at-risk"
 * adobeMayContact({ ...ticket, now: "2026-11-23T09:15:00+01:00" }).allowed //=> true
 * supportCase.priority //=> "P2"
 * ```
 * @category Types
 */
export interface SupportCase {
  /** Support plan: `"expert"` or `"ultimate"`. Required by `responseDeadline`, `slaStatus`, `downgradeEligibility`, `supportChannels`. */
  readonly plan?: PlanId | null | undefined;
  /** Priority the request was opened with, `"P1"` to `"P4"`. Required by every rule about the request. */
  readonly priority?: Priority | null | undefined;
  /** When the request was opened: an instant in any accepted form ({@link InstantInput}). */
  readonly openedAt?: InstantInput | null | undefined;

  /** Support region; else derived from `billingCountry`. Business-hours rules need one of the two. */
  readonly region?: RegionId | null | undefined;
  /** ISO 3166-1 alpha-2 code of the billing address (any case); picks the region and, in EMEA/APAC, the local zone. */
  readonly billingCountry?: string | null | undefined;
  /** IANA zone that overrides every other zone choice (Japanese-language hours stay in Tokyo time). */
  readonly timeZone?: string | null | undefined;

  /**
   * Product the request is about. `"commerce-managed-services"` (Adobe Commerce on Managed
   * Services) selects the Commerce rule; it and `"commerce"` are Adobe Commerce (no Japanese
   * support). Matched in any case, spaces and underscores read as `-`; the aliases in
   * `commerceProductAliases` (`"magento-commerce-pro"`, `"adobe-commerce"`...) are accepted and
   * named in the explanation, and any other id containing `commerce` or `magento` is rejected
   * (`unknown_product`).
   */
  readonly product?: string | null | undefined;
  /** Licence term start (`YYYY-MM-DD`); required with Adobe Commerce on Managed Services. */
  readonly termStart?: string | null | undefined;

  /**
   * Closed dates of the regional hours (and of Japanese-language support): `YYYY-MM-DD` strings,
   * `Temporal.PlainDate`s, named dates and parts of days, yearly rules (see {@link HolidayEntry}),
   * or a predicate (`isJapaneseHoliday` is one). Japan's national holidays
   * close Japanese-language support by default (see `japaneseNationalHolidays`); nothing else
   * is closed unless given here.
   * @default []
   */
  readonly holidays?: HolidaysInput | null | undefined;
  /**
   * How P4's "1 business day" is read.
   * @default "full-business-day"
   */
  readonly businessDay?: BusinessDayReading | null | undefined;

  /** When Adobe first responded; between the opening and `now` (read by `slaStatus`). */
  readonly respondedAt?: InstantInput | null | undefined;
  /** Priority changes after the opening (a downgrade, an escalation), in any order (read by `slaStatus`). */
  readonly priorityHistory?: readonly PriorityChange[] | null | undefined;
  /**
   * Intervals during which the clock stops. The published policy has no pause: none applies
   * unless given, and the explanation says when one did (read by `slaStatus`).
   * @default []
   */
  readonly pauses?: readonly Pause[] | null | undefined;
  /**
   * Where the target of a changed priority is measured from (`slaStatus`, and the new deadline of
   * `downgradeEligibility`).
   * @default "opening"
   */
  readonly measureFrom?: MeasureFrom | null | undefined;
  /**
   * Share of the target after which an unanswered case is `at-risk`, in (0, 1] (read by `slaStatus`).
   * @default 0.75
   */
  readonly atRiskThreshold?: number | null | undefined;

  /**
   * The customer's Named Support Contacts (names or e-mails, at most 1,000), compared trimmed,
   * NFC-normalised, in any case. Required by `downgradeEligibility` (at least one) and
   * `submissionCheck` (may be empty).
   */
  readonly namedContacts?: readonly string[] | null | undefined;
  /**
   * Adobe's contact attempts, in any order (at most 1,000; read by `downgradeEligibility`).
   * @default []
   */
  readonly contactAttempts?: readonly ContactAttempt[] | null | undefined;
  /**
   * Whether the customer keeps up continuous 24x7 engagement. Required by `downgradeEligibility`
   * for a P1 (lowered only when `false`).
   */
  readonly continuousEngagement?: boolean | null | undefined;
  /**
   * The priority `downgradeEligibility` lowers to; must be lower than `priority`.
   * @default one level down
   */
  readonly lowerTo?: Priority | null | undefined;
  /**
   * Whether Japan's national holidays, built in ({@link japaneseHoliday}), close Japanese-language
   * support in `supportLanguages`. They never close the regional hours of a deadline unless passed
   * as `holidays` (for example `holidays: isJapaneseHoliday`).
   * @default true
   */
  readonly japaneseNationalHolidays?: boolean | null | undefined;
  /** Who contacted Adobe: a name or e-mail address (required by `submissionCheck`). */
  readonly submitter?: string | null | undefined;

  /**
   * The evaluation instant: required by `slaStatus`, `adobeMayContact`, `supportChannels` and
   * `supportLanguages`; optional in `downgradeEligibility` (attempts after it are ignored). Never
   * read from the clock.
   */
  readonly now?: InstantInput | null | undefined;
}

/**
 * The keys of a {@link SupportCase}.
 *
 * @example
 * ```ts
 * import { type SupportCaseKey, supportCaseSchema } from "adobe-support-sla";
 * const key: SupportCaseKey = "openedAt";
 * Object.keys(supportCaseSchema.shape).includes(key) //=> true
 * ```
 * @category Types
 */
export type SupportCaseKey = keyof SupportCase;

/**
 * A case in which the fields `Key` are required (present, not `null`): the shape of each rule's
 * input.
 *
 * @example
 * ```ts
 * import { type CaseWith, responseDeadline } from "adobe-support-sla";
 * const request: CaseWith<"plan" | "priority" | "openedAt"> = { plan: "expert", priority: "P1", openedAt: "2026-11-23T09:00:00Z" };
 * responseDeadline(request).dueAt //=> "2026-11-23T10:00:00.000Z"
 * ```
 * @category Types
 */
export type CaseWith<Key extends SupportCaseKey> = SupportCase & {
  readonly [K in Key]-?: NonNullable<SupportCase[K]>;
};
