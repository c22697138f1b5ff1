/** Every `code` an issue of an `SlaInputError` can carry, each with its one-line meaning (mirrored by docs/errors.md). */

/**
 * Every stable `code` an issue of an {@link SlaInputError} can carry, in the order of the table of
 * docs/errors.md. The library's own codes, and the zod codes it passes through (`invalid_type`,
 * `invalid_value`, `too_small`, `too_big`, `custom`).
 *
 * @example
 * ```ts
 * import { issueCodes } from "adobe-support-sla";
 * issueCodes.includes("missing_offset") //=> true
 * issueCodes[0] //=> "required"
 * ```
 * @category Errors and limits
 */
export const issueCodes = [
  "required",
  "unknown_key",
  "invalid_value",
  "invalid_type",
  "missing_offset",
  "missing_time",
  "invalid_date",
  "out_of_range",
  "beyond_supported_range",
  "unknown_country",
  "unknown_product",
  "no_region",
  "invalid_time",
  "empty_window",
  "overlapping_windows",
  "calendar_never_open",
  "invalid_closed_dates",
  "unreadable_input",
  "before_opening",
  "after_now",
  "before_start",
  "not_lower",
  "empty",
  "too_small",
  "too_big",
  "too_many_issues",
  "conflicting_options",
  "unknown_time_zone",
  "invalid_key",
  "invalid_ics",
  "custom",
  "invalid_input",
] as const;

/**
 * A stable machine-readable code of an issue: one of {@link issueCodes}.
 *
 * @example
 * ```ts
 * import { type IssueCode, issueCodes } from "adobe-support-sla";
 * const code: IssueCode = "unknown_key";
 * issueCodes.indexOf(code) //=> 1
 * ```
 * @category Errors and limits
 */
export type IssueCode = (typeof issueCodes)[number];

/** The one-line meaning of each code: the table docs/errors.md shows (a test keeps them equal). */
export const issueCodeMeanings: Readonly<Record<IssueCode, string>> = /* @__PURE__ */ (() =>
  Object.freeze({
    required:
      "a field is missing (`termStart` with Commerce; `region` or `billingCountry` for P2-P4)",
    unknown_key:
      'a key that looks like a misspelling of an absent key the function reads (see Unknown keys), with a "did you mean" hint; any unknown key inside an entry (a pause, an attempt, a priority change) or a calendar',
    invalid_value: "not one of the allowed values (plan, priority, region, `businessDay`)",
    invalid_type: "the wrong kind of value",
    missing_offset: "an ISO string without `Z` or an offset",
    missing_time: "a date where a date-time is expected",
    invalid_date: "unparsable or impossible (2021-02-30), `NaN`, an invalid `Date`",
    out_of_range:
      "an instant outside 1970-01-01T00:00:00Z to 2200-01-01T00:00:00Z; a date or year outside the years the Japanese holidays are known for",
    beyond_supported_range: "the answer would fall after the end of the supported range",
    unknown_country: "not an ISO 3166-1 alpha-2 code",
    unknown_product:
      "a `product` that names Adobe Commerce or Magento but is neither a catalog id nor an alias",
    no_region:
      "the billing country has no support region (Antarctica, uninhabited territories): pass `region`",
    invalid_time:
      "a calendar window whose start is not a time as HH:mm, or whose end is not HH:mm or 24:00",
    empty_window: "a calendar window that opens and closes at the same time",
    overlapping_windows: "two windows of one calendar day that overlap",
    calendar_never_open: "a calendar with no open window at all",
    invalid_closed_dates: "a closed-dates or holidays function threw or returned a non-boolean",
    unreadable_input:
      "reading a field threw (a getter, a proxy trap, a revoked proxy, a `toMillis()` that throws): the path names the field",
    before_opening:
      "`now`, a response, a priority change or a pause before the opening (`openedAt`)",
    after_now: "a response after `now`",
    before_start: "a pause ending before it starts",
    not_lower: "`downgradeEligibility`: `lowerTo` is not below the current priority",
    empty: "a blank contact name",
    too_small: "an empty list or text that needs an entry; a number below its minimum",
    too_big: "a list, string, object or number over its limit (see Limits)",
    too_many_issues:
      "the last issue of a long list: how many more problems were found but not listed (at most 50 are)",
    conflicting_options:
      "`addOnEligibility`: `aemCloudService` with a product list that lacks Experience Manager",
    unknown_time_zone: "an IANA zone this runtime does not know (with a suggestion)",
    invalid_key: "a record key that is not a date",
    invalid_ics:
      "an iCalendar file `holidaysFromIcs` cannot read: the message names the line or the event",
    custom: "other refinement failures",
    invalid_input: "an `SlaInputError` made with no issues at all",
  }))();

/** True when `value` is one of {@link issueCodes}. */
export function isIssueCode(value: unknown): value is IssueCode {
  return typeof value === "string" && (issueCodes as readonly string[]).includes(value);
}
