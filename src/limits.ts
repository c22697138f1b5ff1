/** Input limits: the most entries, characters and keys any public function reads, checked before per-element work (pure data). */

/**
 * The documented bounds on every input, in one table. A value over a bound is rejected with an
 * {@link SlaInputError} of code `too_big` naming the field, before any of its entries is read, so
 * every call is answered or rejected in milliseconds and bounded memory.
 *
 * @example
 * ```ts
 * import { inputLimits } from "adobe-support-sla";
 * inputLimits.holidays //=> 10000
 * inputLimits.windowsPerDay //=> 96
 * ```
 * @category Errors and limits
 */
export const inputLimits = /* @__PURE__ */ (() =>
  Object.freeze({
    /** Entries of a `holidays` or `closedDates` list (use a function or a rule for more). */
    holidays: 10_000,
    /** Characters of an iCalendar file read by `holidaysFromIcs` (`adobe-support-sla/ics`). */
    icsChars: 8_000_000,
    /** Dates in a calendar's `dateHours`. */
    dateHours: 4_000,
    /** Windows in all of a calendar's `dateHours` together. */
    dateHourWindows: 10_000,
    /** Windows on one day of a calendar (weekly or `dateHours`). */
    windowsPerDay: 96,
    /** Entries of `contactAttempts`. */
    contactAttempts: 1_000,
    /** Entries of `namedContacts`. */
    namedContacts: 1_000,
    /** Entries of `priorityHistory`. */
    priorityHistory: 1_000,
    /** Entries of `pauses`. */
    pauses: 1_000,
    /** Entries of `products`. */
    products: 1_000,
    /** Characters of a name, id or free-text string (contact names, reasons, product ids). */
    stringLength: 1_000,
    /** Own keys of one input object (known keys plus any the library ignores). */
    keysPerObject: 1_000,
  } as const))();

/**
 * The name of one bound in {@link inputLimits}.
 *
 * @example
 * ```ts
 * import { type InputLimit, inputLimits } from "adobe-support-sla";
 * const bound: InputLimit = "pauses";
 * inputLimits[bound] //=> 1000
 * ```
 * @category Errors and limits
 */
export type InputLimit = keyof typeof inputLimits;
