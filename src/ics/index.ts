/**
 * The `adobe-support-sla/ics` entry: holiday entries read from an iCalendar (.ics) file, parsed and
 * expanded with ical.js. Its names are imported from `adobe-support-sla/ics`, not from the main
 * entry (see the iCalendar guide).
 *
 * @module
 * @mergeModuleWith <project>
 */

import { SlaInputError } from "../errors.js";
import type { HolidayEntry } from "../holidays/entries.js";
import { inputLimits } from "../limits.js";
import { outlineOf } from "./lines.js";
import { readIcsOptions } from "./options.js";
import { parseCalendars } from "./parse.js";
import { failIcs, thrownText } from "./problems.js";
import { readHolidays } from "./read.js";

export type { IcsHolidayOptions } from "./options.js";

import type { IcsHolidayOptions } from "./options.js";

/**
 * The holidays of an iCalendar file (Google Calendar, Outlook, Apple Calendar exports, public
 * holiday feeds), as entries for a case's `holidays` or a calendar's `closedDates`.
 *
 * - An all-day event closes its dates (`DTEND` is exclusive; `DURATION:P2D` closes two days).
 * - A timed event closes part of each date it covers, split at midnight: `from`/`to` in its
 *   `TZID` when that is an IANA zone (or its VTIMEZONE's `X-LIC-LOCATION` is one), in UTC when
 *   only the file defines the zone (Outlook's "W. Europe Standard Time"), and in the calendar's
 *   own zone for a floating time.
 * - A yearly event on one date (`RRULE:FREQ=YEARLY`, `BYMONTH=11;BYDAY=4TH`, `BYDAY=-1MO`) stays
 *   a yearly rule, with `firstYear`, `lastYear` (from `UNTIL` or `COUNT`) and `except` (its
 *   `EXDATE`s and moved occurrences). Other recurrences are expanded into dates between
 *   `options.from` and `options.until` (default: 10 years from the event's start).
 * - A `RECURRENCE-ID` override moves its occurrence; `STATUS:CANCELLED` events are skipped;
 *   `TRANSP:TRANSPARENT` events are kept (holiday feeds mark holidays so).
 *
 * Dated entries come first, in date order, then the yearly rules in calendar order. Every event
 * of the file closes time: export only the holiday calendar, not one with meetings. Pure: no
 * I/O, never reads the machine's clock or time zone for its answer, runs in browsers.
 *
 * @param ics - The text of the file (CRLF or LF line ends, folded lines, at most
 *   `inputLimits.icsChars` characters).
 * @param options - The dates recurrences are expanded within.
 * @returns A frozen list of frozen entries.
 * @throws {SlaInputError} With path `["ics", line]` (or `["ics"]`): `invalid_ics` for a file that
 *   cannot be read (not iCalendar, an unclosed BEGIN, an event without `DTSTART`, an invalid date,
 *   `DTEND` before `DTSTART`, an unknown `TZID`, a rule that repeats more than daily or that
 *   ical.js refuses), with a message naming the line and the event; `too_big` over
 *   `inputLimits.icsChars` characters, over `inputLimits.holidays` entries, or for recurrences
 *   that take too long to expand; `invalid_type` when `ics` is not a string. `options.from` and
 *   `options.until`: `invalid_date`, `invalid_type`, `invalid_value` (`until` before `from`).
 * @example
 * ```ts
 * import { holidaysFromIcs } from "adobe-support-sla/ics";
 * const ics = [
 *   "BEGIN:VCALENDAR",
 *   "BEGIN:VEVENT",
 *   "UID:christmas@example.com",
 *   "DTSTART;VALUE=DATE:20201225",
 *   "RRULE:FREQ=YEARLY",
 *   "SUMMARY:Christmas Day",
 *   "END:VEVENT",
 *   "BEGIN:VEVENT",
 *   "UID:eve-2026@example.com",
 *   "DTSTART;TZID=Europe/Berlin:20261224T120000",
 *   "DTEND;TZID=Europe/Berlin:20261224T170000",
 *   "SUMMARY:Christmas Eve afternoon",
 *   "END:VEVENT",
 *   "END:VCALENDAR",
 * ].join("\r\n");
 * holidaysFromIcs(ics)
 * //=> [{ date: "2026-12-24", from: "12:00", to: "17:00", timeZone: "Europe/Berlin", name: "Christmas Eve afternoon" },
 * //    { month: 12, day: 25, name: "Christmas Day", firstYear: 2020 }]
 * holidaysFromIcs("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Party\nEND:VEVENT\nEND:VCALENDAR")
 * //=> throws SlaInputError: `ics` line 2: event "Party": has no `DTSTART`
 * ```
 * @category Holidays
 */
export function holidaysFromIcs(
  ics: string,
  options?: IcsHolidayOptions | null,
): readonly HolidayEntry[] {
  if (typeof ics !== "string") {
    const kind = ics === null ? "null" : Array.isArray(ics) ? "an array" : typeof ics;
    throw new SlaInputError([
      {
        path: ["ics"],
        code: "invalid_type",
        message: `\`ics\`: expected the text of an iCalendar file (a string); got ${kind}`,
      },
    ]);
  }
  if (ics.length > inputLimits.icsChars) {
    failIcs(
      `has ${ics.length.toLocaleString("en-US")} characters, more than the ${inputLimits.icsChars.toLocaleString("en-US")} of inputLimits.icsChars`,
      0,
      "too_big",
    );
  }
  const range = readIcsOptions(options);
  try {
    const outline = outlineOf(ics);
    return readHolidays(parseCalendars(outline), outline, range);
  } catch (thrown) {
    if (thrown instanceof SlaInputError) throw thrown;
    // Anything else comes from ical.js (or is a bug): never let it escape raw.
    failIcs(`cannot be read: ${thrownText(thrown)}`);
  }
}
