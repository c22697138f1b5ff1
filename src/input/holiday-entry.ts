/** Reads one entry of a holiday list: a date, a named date or part of a day, or a yearly rule; its canonical copy or what is wrong. */

import { describeThrown } from "../errors.js";
import type { DayPart, YearlyRule } from "../holidays/closures.js";
import type { HolidayEntry } from "../holidays/entries.js";
import type { IssueCode } from "../issue-codes.js";
import { inputLimits } from "../limits.js";
import { expectedRealDate } from "../messages.js";
import { closest } from "../text/closest.js";
import { daysInMonth, parseIsoDate, parseTimeOfDay } from "../time/civil.js";
import { isValidTimeZone } from "../time/zone.js";
import { plainDateText } from "./plain-date.js";

/** What is wrong with an entry, at `path` under the entry. */
export interface EntryProblem {
  readonly path: readonly (string | number)[];
  readonly code: IssueCode;
  readonly message: string;
}

/** An entry read: its canonical frozen copy, and what it closes. */
export type ReadEntry =
  | { readonly kind: "date"; readonly copy: string; readonly day: number }
  | {
      readonly kind: "dated";
      readonly copy: HolidayEntry;
      readonly day: number;
      /** `undefined` for the whole day. */
      readonly part: Omit<DayPart, "name"> | undefined;
      readonly name: string | null;
    }
  | { readonly kind: "yearly"; readonly copy: HolidayEntry; readonly rule: YearlyRule };

/** The years a rule may name (years outside the supported range close nothing). */
const FIRST_YEAR = 1;
const LAST_YEAR = 9999;

const weekdayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
const datedKeys: readonly string[] = ["date", "name", "from", "to", "timeZone"];
const yearlyKeys: readonly string[] = [
  "month",
  "day",
  "weekday",
  "nth",
  "firstYear",
  "lastYear",
  "except",
  "name",
  "from",
  "to",
  "timeZone",
];

const problem = (path: (string | number)[], code: IssueCode, message: string): EntryProblem => ({
  path,
  code,
  message,
});

/** A `YYYY-MM-DD` date (a string or a `Temporal.PlainDate`), or `undefined`. */
export function closedDateOf(value: unknown): string | undefined {
  if (typeof value === "string") return parseIsoDate(value) === undefined ? undefined : value;
  return plainDateText(value);
}

/** The text of a date that is not one, for messages. */
function shown(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.slice(0, 40));
  if (value === null) return "null";
  return Array.isArray(value) ? "an array" : typeof value;
}

/** `undefined` and `null` are absent. */
const present = (value: unknown): boolean => value !== undefined && value !== null;

/** A whole number in `[min, max]`, or `undefined`. */
function wholeIn(value: unknown, min: number, max: number): number | undefined {
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max
    ? value
    : undefined;
}

/** Keys of `entry` that no entry of its kind has, with a suggestion. */
function unknownKeys(entry: object, known: readonly string[], problems: EntryProblem[]): void {
  for (const key of Object.keys(entry)) {
    if (known.includes(key)) continue;
    const guess = closest(key, known);
    const hint = guess === undefined ? `known keys: ${known.join(", ")}` : `did you mean ${guess}?`;
    problems.push(problem([key], "unknown_key", `is not a key of a holiday entry; ${hint}`));
  }
}

/** `name`, `from`, `to` and `timeZone` of an entry: the name, and the part of the day closed. */
function readClosure(
  entry: Readonly<Record<string, unknown>>,
  problems: EntryProblem[],
): { name: string | null; part: Omit<DayPart, "name"> | undefined } {
  const { name, from, to, timeZone } = entry;
  let readName: string | null = null;
  if (present(name)) {
    if (typeof name !== "string" || name.length > inputLimits.stringLength) {
      problems.push(
        problem(["name"], "invalid_type", "expected a text of at most 1,000 characters"),
      );
    } else readName = name;
  }
  if (!present(from) && !present(to)) {
    if (present(timeZone)) {
      problems.push(
        problem(
          ["timeZone"],
          "invalid_value",
          "applies to `from` and `to`: give both, or leave the zone out",
        ),
      );
    }
    return { name: readName, part: undefined };
  }
  if (!present(from) || !present(to)) {
    const missing = present(from) ? "to" : "from";
    problems.push(
      problem(
        [missing],
        "required",
        `is required with \`${missing === "to" ? "from" : "to"}\`: a part of a day has a start and an end`,
      ),
    );
    return { name: readName, part: undefined };
  }
  const fromMs = typeof from === "string" ? parseTimeOfDay(from, false) : undefined;
  const toMs = typeof to === "string" ? parseTimeOfDay(to, true) : undefined;
  if (fromMs === undefined)
    problems.push(problem(["from"], "invalid_time", "expected a time of day as HH:mm"));
  if (toMs === undefined)
    problems.push(problem(["to"], "invalid_time", "expected a time of day as HH:mm, or 24:00"));
  let zone: string | undefined;
  if (present(timeZone)) {
    if (typeof timeZone !== "string" || timeZone.length > 64 || !isValidTimeZone(timeZone)) {
      problems.push(
        problem(
          ["timeZone"],
          "unknown_time_zone",
          `is not an IANA time zone this runtime knows: ${shown(timeZone)}`,
        ),
      );
    } else zone = timeZone;
  }
  if (fromMs === undefined || toMs === undefined) return { name: readName, part: undefined };
  if (toMs <= fromMs) {
    problems.push(problem(["to"], "empty_window", `must be after \`from\` (${String(from)})`));
    return { name: readName, part: undefined };
  }
  return { name: readName, part: Object.freeze({ fromMs, toMs, timeZone: zone }) };
}

/** The canonical copy of an entry: its known keys that are present, in a fixed order. */
function canonical(
  entry: Readonly<Record<string, unknown>>,
  keys: readonly string[],
  date?: string,
): HolidayEntry {
  const copy: Record<string, unknown> = {};
  for (const key of keys) {
    const value = key === "date" ? date : entry[key];
    if (!present(value)) continue;
    copy[key] = Array.isArray(value) ? Object.freeze(value.map(closedDateOf)) : value;
  }
  return Object.freeze(copy) as unknown as HolidayEntry;
}

/** A `{ date, ... }` entry. */
function readDated(
  entry: Readonly<Record<string, unknown>>,
  problems: EntryProblem[],
): ReadEntry | undefined {
  unknownKeys(entry, datedKeys, problems);
  const date = closedDateOf(entry.date);
  if (date === undefined) {
    problems.push(
      problem(
        ["date"],
        "invalid_date",
        `${expectedRealDate} or a Temporal.PlainDate, got ${shown(entry.date)}`,
      ),
    );
  }
  const closure = readClosure(entry, problems);
  if (problems.length > 0 || date === undefined) return undefined;
  return {
    kind: "dated",
    copy: canonical(entry, datedKeys, date),
    day: parseIsoDate(date) as number,
    ...closure,
  };
}

/** The `except` dates of a yearly rule, as days. */
function readExcept(value: unknown, problems: EntryProblem[]): Set<number> {
  const days = new Set<number>();
  if (!present(value)) return days;
  if (!Array.isArray(value) || value.length > inputLimits.holidays) {
    problems.push(
      problem(
        ["except"],
        Array.isArray(value) ? "too_big" : "invalid_type",
        `expected a list of at most ${inputLimits.holidays} dates`,
      ),
    );
    return days;
  }
  for (let i = 0; i < value.length; i++) {
    const date = closedDateOf(value[i]);
    if (date === undefined)
      problems.push(
        problem(["except", i], "invalid_date", `${expectedRealDate}, got ${shown(value[i])}`),
      );
    else days.add(parseIsoDate(date) as number);
  }
  return days;
}

/** A `{ month, day }` or `{ month, weekday, nth }` entry. */
function readYearly(
  entry: Readonly<Record<string, unknown>>,
  problems: EntryProblem[],
): ReadEntry | undefined {
  unknownKeys(entry, yearlyKeys, problems);
  const month = wholeIn(entry.month, 1, 12);
  if (month === undefined)
    problems.push(problem(["month"], "invalid_value", "expected a month from 1 to 12"));
  let day: number | undefined;
  let weekday: number | undefined;
  let nth: number | undefined;
  if (present(entry.day)) {
    if (present(entry.weekday) || present(entry.nth)) {
      problems.push(
        problem(
          ["day"],
          "invalid_value",
          "a yearly rule is a fixed day or a weekday and nth, not both",
        ),
      );
    }
    day = wholeIn(entry.day, 1, month === undefined ? 31 : daysInMonth(2000, month));
    if (day === undefined)
      problems.push(problem(["day"], "invalid_value", "expected a day of that month"));
  } else {
    const index = weekdayNames.indexOf(entry.weekday as (typeof weekdayNames)[number]);
    if (index < 0)
      problems.push(
        problem(
          ["weekday"],
          "invalid_value",
          `expected \`day\`, or a weekday (${weekdayNames.join(", ")}) with \`nth\``,
        ),
      );
    else weekday = index + 1;
    nth = entry.nth === "last" ? -1 : wholeIn(entry.nth, 1, 5);
    if (nth === undefined)
      problems.push(problem(["nth"], "invalid_value", 'expected 1 to 5, or "last"'));
  }
  const firstYear = present(entry.firstYear)
    ? wholeIn(entry.firstYear, FIRST_YEAR, LAST_YEAR)
    : FIRST_YEAR;
  const lastYear = present(entry.lastYear)
    ? wholeIn(entry.lastYear, FIRST_YEAR, LAST_YEAR)
    : LAST_YEAR;
  const years = `expected a year from ${FIRST_YEAR} to ${LAST_YEAR}`;
  if (firstYear === undefined) problems.push(problem(["firstYear"], "out_of_range", years));
  if (lastYear === undefined) problems.push(problem(["lastYear"], "out_of_range", years));
  else if (firstYear !== undefined && lastYear < firstYear) {
    problems.push(
      problem(["lastYear"], "out_of_range", `must not be before \`firstYear\` (${firstYear})`),
    );
  }
  const except = readExcept(entry.except, problems);
  const { name, part } = readClosure(entry, problems);
  if (problems.length > 0) return undefined;
  const rule: YearlyRule = Object.freeze({
    month: month as number,
    day,
    weekday,
    nth,
    firstYear: firstYear as number,
    lastYear: lastYear as number,
    except,
    part,
    name,
  });
  return { kind: "yearly", copy: canonical(entry, yearlyKeys), rule };
}

/**
 * Reads one entry of a holiday list. Returns `undefined` with the problems (paths under the entry)
 * when it is refused. Reading a field may throw (a getter): the caller catches.
 */
export function readHolidayEntry(entry: unknown, problems: EntryProblem[]): ReadEntry | undefined {
  let date: string | undefined;
  try {
    date = closedDateOf(entry);
  } catch (error) {
    problems.push(problem([], "unreadable_input", `could not be read: ${describeThrown(error)}`));
    return undefined;
  }
  if (date !== undefined) return { kind: "date", copy: date, day: parseIsoDate(date) as number };
  if (typeof entry === "string") {
    problems.push(problem([], "invalid_date", `${expectedRealDate}, got ${shown(entry)}`));
    return undefined;
  }
  if (typeof entry === "object" && entry !== null && !Array.isArray(entry)) {
    const fields = entry as Readonly<Record<string, unknown>>;
    if ("date" in fields) return readDated(fields, problems);
    // A date object (it has a year) that is not a real date is an invalid date, not a rule.
    if ("month" in fields && !("year" in fields)) return readYearly(fields, problems);
  }
  const kinds =
    "or a holiday entry ({ date }, or a yearly rule { month, day } or { month, weekday, nth })";
  problems.push(
    problem(
      [],
      "invalid_date",
      `${expectedRealDate} or a Temporal.PlainDate, ${kinds}, got ${shown(entry)}`,
    ),
  );
  return undefined;
}
