/** The options of `holidaysFromIcs`: the dates its recurrences are expanded within, checked. */

import { issue, SlaInputError } from "../errors.js";
import type { IssueCode } from "../issue-codes.js";
import { closest } from "../text/closest.js";
import { parseIsoDate } from "../time/civil.js";
import type { Range } from "./read.js";

/**
 * Options of `holidaysFromIcs` (from `adobe-support-sla/ics`). They bound only the expansion of
 * recurring events that are not kept as yearly rules (weekly, monthly, daily, every other year,
 * several days long...): single events and yearly rules are read whatever their dates.
 *
 * @example
 * ```ts
 * import { holidaysFromIcs, type IcsHolidayOptions } from "adobe-support-sla/ics";
 * const fridays = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260102\nRRULE:FREQ=WEEKLY\nSUMMARY:Summer Fridays\nEND:VEVENT\nEND:VCALENDAR";
 * const july: IcsHolidayOptions = { from: "2026-07-01", until: "2026-07-31" };
 * holidaysFromIcs(fridays, july).map((entry) => typeof entry === "object" && "date" in entry ? entry.date : entry)
 * //=> ["2026-07-03", "2026-07-10", "2026-07-17", "2026-07-24", "2026-07-31"]
 * ```
 * @category Holidays
 */
export interface IcsHolidayOptions {
  /**
   * The first date (`YYYY-MM-DD`) recurrences are expanded from: an occurrence that ends before
   * it is left out.
   * @default each event's `DTSTART`
   */
  readonly from?: string | null | undefined;
  /**
   * The last date (`YYYY-MM-DD`, included) recurrences are expanded to: an occurrence that starts
   * after it is left out.
   * @default 10 years after `from`, or after the event's `DTSTART` when that is later
   */
  readonly until?: string | null | undefined;
}

const KEYS = ["from", "until"] as const;

function fail(path: readonly (string | number)[], code: IssueCode, text: string): never {
  const field = path.join(".");
  throw new SlaInputError([issue(path, code, `\`${field}\` ${text}`)]);
}

/** A short description of a rejected value. */
function shown(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.slice(0, 40));
  return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
}

/** Reads one field of the options, as a day count or `null`. */
function readDate(options: object, key: (typeof KEYS)[number]): number | null {
  let value: unknown;
  try {
    value = (options as Record<string, unknown>)[key];
  } catch {
    fail(["options", key], "unreadable_input", "could not be read: reading it threw");
  }
  if (value === undefined || value === null) return null;
  if (typeof value !== "string")
    fail(["options", key], "invalid_type", `must be a YYYY-MM-DD date; got ${shown(value)}`);
  const day = parseIsoDate(value);
  if (day === undefined)
    fail(
      ["options", key],
      "invalid_date",
      `is not a real date: ${shown(value)}; expected YYYY-MM-DD`,
    );
  return day;
}

/** The expansion range of `options` (`undefined` or `null`: the defaults), or an `SlaInputError`. */
export function readIcsOptions(options: unknown): Range {
  if (options === undefined || options === null) return { from: null, until: null };
  if (typeof options !== "object" || Array.isArray(options)) {
    fail(["options"], "invalid_type", `must be an object { from, until }; got ${shown(options)}`);
  }
  let keys: string[];
  try {
    keys = Object.keys(options);
  } catch {
    fail(["options"], "unreadable_input", "could not be read: listing its keys threw");
  }
  for (const key of keys) {
    if ((KEYS as readonly string[]).includes(key)) continue;
    const guess = closest(key, KEYS);
    if (guess !== undefined)
      fail(["options", key], "unknown_key", `is not an option; did you mean \`${guess}\`?`);
  }
  const from = readDate(options, "from");
  const until = readDate(options, "until");
  if (from !== null && until !== null && until < from) {
    fail(["options", "until"], "invalid_value", "must not be before `options.from`");
  }
  return { from, until };
}
