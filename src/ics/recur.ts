/** Recurrence rules: an `RRULE` checked and handed to ical.js, and its occurrences expanded by ical.js's iterator within a step budget and an end date. */

import ICAL from "ical.js";
import { SlaInputError } from "../errors.js";
import { inputLimits } from "../limits.js";
import type { RawProperty } from "./parse.js";
import { type EventLabel, failEvent, failIcs, quote, thrownText } from "./problems.js";
import { type Moment, momentOf } from "./values.js";

/** A recurrence rule as read: ical.js's rule without its `UNTIL`, which the caller reads in the event's zone. */
export interface Rule {
  readonly freq: "DAILY" | "WEEKLY" | "MONTHLY" | "YEARLY";
  /** The parts of the rule, upper-case (`BYMONTH`, `BYDAY`, ...), each a list. */
  readonly parts: Readonly<Record<string, readonly (number | string)[]>>;
  readonly interval: number;
  readonly count: number | null;
  readonly until: Moment | null;
  /** The week start, as ical.js numbers days (1 Sunday ... 7 Saturday), or `null` for Monday. */
  readonly wkst: number | null;
  /** Line of the `RRULE` (or `EXRULE`). */
  readonly line: number;
}

/** At most this many iterator steps (candidate dates) in one call: about a second of ical.js's work. */
export const STEP_LIMIT = 100_000;

/** Counts the work of one call: iterator steps and entries, each against its limit. */
export class Budget {
  #steps = 0;
  #entries = 0;

  /** Counts `n` steps; throws `too_big` past {@link STEP_LIMIT}. */
  step(n = 1): void {
    this.#steps += n;
    if (this.#steps > STEP_LIMIT) {
      failIcs(
        `expanding its recurrences takes more than ${STEP_LIMIT.toLocaleString("en-US")} steps; pass a narrower \`from\` and \`until\``,
        0,
        "too_big",
      );
    }
  }

  /** Counts `n` entries; throws `too_big` past `inputLimits.holidays`. */
  entries(n: number): void {
    this.#entries += n;
    if (this.#entries > inputLimits.holidays) {
      failIcs(
        `gives more than ${inputLimits.holidays.toLocaleString("en-US")} holiday entries (inputLimits.holidays); pass a narrower \`from\` and \`until\`, or split the file`,
        0,
        "too_big",
      );
    }
  }
}

const FREQUENCIES = ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"] as const;
const SUB_DAILY = ["SECONDLY", "MINUTELY", "HOURLY"];
const BYDAY = /^([+-]?)(\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/;

/** Allowed numbers of each numeric part: [min, max], 0 never allowed where `nonZero`. */
const NUMERIC_PARTS: Readonly<Record<string, readonly [number, number, boolean]>> = {
  BYSECOND: [0, 60, false],
  BYMINUTE: [0, 59, false],
  BYHOUR: [0, 23, false],
  BYMONTHDAY: [-31, 31, true],
  BYYEARDAY: [-366, 366, true],
  BYWEEKNO: [-53, 53, true],
  BYMONTH: [1, 12, false],
  BYSETPOS: [-366, 366, true],
};

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

/** The parts of a raw rule, checked. */
function readParts(
  raw: Readonly<Record<string, unknown>>,
  freq: Rule["freq"],
  fail: (text: string) => never,
): Record<string, (number | string)[]> {
  const parts: Record<string, (number | string)[]> = {};
  for (const [key, value] of Object.entries(raw)) {
    const name = key.toUpperCase();
    if (["FREQ", "COUNT", "INTERVAL", "UNTIL", "WKST"].includes(name)) continue;
    const range = NUMERIC_PARTS[name];
    if (range !== undefined) {
      const numbers = listOf(value).map(Number);
      const [min, max, nonZero] = range;
      if (numbers.some((n) => !Number.isInteger(n) || n < min || n > max || (nonZero && n === 0))) {
        fail(`${name} must be whole numbers from ${min} to ${max}${nonZero ? ", not 0" : ""}`);
      }
      parts[name] = numbers;
    } else if (name === "BYDAY") {
      const days = listOf(value).map(String);
      const maxOrdinal = freq === "MONTHLY" || raw.bymonth !== undefined ? 5 : 53;
      for (const day of days) {
        const match = BYDAY.exec(day);
        const ordinal = match?.[2] === undefined ? undefined : Number(match[2]);
        if (!match || ordinal === 0 || (ordinal ?? 0) > maxOrdinal)
          fail(`BYDAY ${quote(day)} is not a weekday like MO, 4TH or -1FR`);
        if (ordinal !== undefined && freq !== "MONTHLY" && freq !== "YEARLY") {
          fail(`BYDAY ${quote(day)} has a position, which only MONTHLY and YEARLY rules allow`);
        }
      }
      parts[name] = days;
    } else {
      fail(`the part ${quote(name)} is not supported`);
    }
  }
  if (parts.BYWEEKNO !== undefined && freq !== "YEARLY") fail("BYWEEKNO is only for YEARLY rules");
  return parts;
}

/** Reads an `RRULE` (or `EXRULE`) that ical.js parsed, checking what its iterator would mishandle. */
export function readRule(property: RawProperty, event: EventLabel, line: number): Rule {
  const name = property[0].toUpperCase();
  const fail: (text: string) => never = (text) => failEvent(event, `\`${name}\`: ${text}`, line);
  const raw = property[3];
  if (raw === null || typeof raw !== "object" || Array.isArray(raw))
    fail("is not a recurrence rule");
  const data = raw as Readonly<Record<string, unknown>>;
  const freqText = String(data.freq ?? "").toUpperCase();
  if (SUB_DAILY.includes(freqText)) {
    fail(`FREQ=${freqText} repeats within a day; a holiday repeats daily at most`);
  }
  const freq = FREQUENCIES.find((f) => f === freqText);
  if (freq === undefined)
    fail(freqText === "" ? "has no FREQ" : `FREQ=${quote(freqText)} is not a frequency`);
  const count = data.count === undefined ? null : Number(data.count);
  if (count !== null && (!Number.isInteger(count) || count < 1))
    fail("COUNT must be a whole number from 1");
  const interval = data.interval === undefined ? 1 : Number(data.interval);
  if (!Number.isInteger(interval) || interval < 1) fail("INTERVAL must be a whole number from 1");
  const until = data.until === undefined ? null : (momentOf(data.until, null) ?? null);
  if (data.until !== undefined && until === null)
    fail(`UNTIL is not a real date or date-time: ${quote(String(data.until))}`);
  if (count !== null && until !== null) fail("has both COUNT and UNTIL");
  const wkst = typeof data.wkst === "number" ? data.wkst : null;
  return { freq, parts: readParts(data, freq, fail), interval, count, until, wkst, line };
}

/** ical.js's rule for `rule`, ending at `until` (a floating time, or `null`). */
export function icalRule(rule: Rule, until: ICAL.Time | null): ICAL.Recur {
  const data: Record<string, unknown> = { freq: rule.freq, interval: rule.interval };
  if (rule.count !== null) data.count = rule.count;
  if (until !== null) data.until = until;
  if (rule.wkst !== null) data.wkst = rule.wkst;
  for (const [name, values] of Object.entries(rule.parts)) data[name.toLowerCase()] = [...values];
  return ICAL.Recur.fromData(data as Parameters<typeof ICAL.Recur.fromData>[0]);
}

/** The shortest period of each frequency, in days. */
const PERIOD_DAYS: Readonly<Record<Rule["freq"], number>> = {
  DAILY: 1,
  WEEKLY: 7,
  MONTHLY: 28,
  YEARLY: 365,
};

/**
 * `rule.interval`, lowered so that the rule's second period still starts after `stop`: the
 * occurrences before `stop` stay the same, and ical.js never moves a date by millions of days
 * (it does that one month at a time).
 */
function boundedInterval(rule: Rule, start: ICAL.Time, stop: ICAL.Time): number {
  const days = Math.max(0, stop.subtractDate(start).toSeconds() / 86_400);
  return Math.min(rule.interval, Math.floor(days / PERIOD_DAYS[rule.freq]) + 2);
}

/** Thrown from inside ical.js's iterator when it walks past the end of the range. */
const PAST_END = /* @__PURE__ */ (() => Symbol("past the end"))();

/** Whether `time`, an occurrence ical.js gave, matches the month and day the rule asks for. */
function allows(rule: Rule, start: ICAL.Time, time: ICAL.Time): boolean {
  const { BYMONTH, BYMONTHDAY, BYDAY, BYYEARDAY, BYWEEKNO } = rule.parts;
  if (BYMONTH !== undefined && !BYMONTH.includes(time.month)) return false;
  const dayless =
    BYMONTHDAY === undefined &&
    BYDAY === undefined &&
    BYYEARDAY === undefined &&
    BYWEEKNO === undefined;
  if (BYMONTHDAY?.every((d) => Number(d) > 0) && !BYMONTHDAY.includes(time.day)) return false;
  if (dayless && (rule.freq === "MONTHLY" || rule.freq === "YEARLY") && time.day !== start.day)
    return false;
  if (dayless && rule.freq === "YEARLY" && BYMONTH === undefined && time.month !== start.month)
    return false;
  return true;
}

/**
 * The occurrences of `rule` from `start` (a floating time) that start before `stop`, at most
 * `max` of them, in order. ical.js's iterator walks one candidate at a time and can walk long
 * (a DAILY rule for 30 February walks forever): each candidate counts one step of `budget`, and
 * the walk ends at `stop`. Occurrences ical.js gives that the rule does not allow (it moves
 * 29 February to 1 March in other years) are dropped.
 */
export function expandRule(
  rule: Rule,
  start: ICAL.Time,
  until: ICAL.Time | null,
  stop: ICAL.Time,
  budget: Budget,
  max: number,
  event: EventLabel,
): ICAL.Time[] {
  const end = until !== null && until.compare(stop) < 0 ? until : stop;
  const out: ICAL.Time[] = [];
  try {
    const interval = boundedInterval(rule, start, stop);
    const iterator = icalRule({ ...rule, interval }, end).iterator(start);
    const check = iterator.check_contracting_rules.bind(iterator);
    iterator.check_contracting_rules = () => {
      budget.step();
      if (iterator.last.compare(stop) >= 0) throw PAST_END;
      return check();
    };
    // Every call but the first walks through check_contracting_rules, which counts the steps.
    for (let next = iterator.next(); next; next = iterator.next()) {
      if (next.compare(stop) >= 0) break;
      const first = next.compare(start) === 0;
      if (first || allows(rule, start, next)) out.push(next.clone());
      if (out.length >= max) break;
    }
  } catch (thrown) {
    if (thrown !== PAST_END) {
      if (thrown instanceof SlaInputError) throw thrown;
      failEvent(event, `ical.js cannot expand the \`RRULE\`: ${thrownText(thrown)}`, rule.line);
    }
  }
  return out;
}
