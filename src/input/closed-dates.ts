/** Reads a holiday list (dates, named dates, parts of days, yearly rules) once, and remembers each valid list by identity with what it closes. */

import type { DayPart, HolidaySet, YearlyRule } from "../holidays/closures.js";
import type { IssueCode } from "../issue-codes.js";
import { inputLimits } from "../limits.js";
import { createWeakMemo } from "../memo.js";
import { parseIsoDate } from "../time/civil.js";
import { type EntryProblem, type ReadEntry, readHolidayEntry } from "./holiday-entry.js";

/** What was kept of a valid list: its entries then, the dates they hold, and its cache key. */
interface ValidatedList {
  /**
   * The entries when it was validated, for the unchanged-check. Never frozen and never handed
   * out: V8 reads the elements of a frozen array several times slower (a 50-date list costs
   * 300 ns to compare against a frozen copy, 60 ns against a plain one).
   */
  readonly entries: readonly unknown[];
  /** The dates, frozen (handed out: to a calendar, or as the output for a list of PlainDates). */
  readonly copy: readonly unknown[];
  readonly key: string;
  /** The list held only strings: it is its own output. */
  readonly asGiven: boolean;
  /** What the list closes, made when first asked for (see {@link holidaySetOf}). */
  readonly set: HolidaySet | undefined;
}

/**
 * Lists of dates already validated, by array identity, with a copy of their entries then, the
 * dates they hold and their cache key. Callers usually pass one holiday array for many requests;
 * checking that the entries are still the same (`===`, element by element) is much cheaper than
 * parsing every date again, and a list changed in place is simply validated again.
 */
const validatedLists = /* @__PURE__ */ (() =>
  createWeakMemo<readonly unknown[], ValidatedList>())();

function unchangedSince(list: readonly unknown[], entries: readonly unknown[]): boolean {
  if (list.length !== entries.length) return false;
  for (let i = 0; i < list.length; i++) if (list[i] !== entries[i]) return false;
  return true;
}

/** What is kept of `list` when it was validated and has not changed since. */
function knownList(list: readonly unknown[]): ValidatedList | undefined {
  const known = validatedLists.get(list);
  return known !== undefined && unchangedSince(list, known.entries) ? known : undefined;
}

/** True when `list` was validated and has not changed since (reading it cannot throw then). */
export function isValidatedList(list: readonly unknown[]): boolean {
  return knownList(list) !== undefined;
}

/** The frozen copy of a list taken when it was validated, if it has not changed since. */
export function validatedDates(list: readonly unknown[]): readonly unknown[] | undefined {
  return knownList(list)?.copy;
}

/** A cache key for a validated holiday list (its entries joined, memoised per array). */
export function closedDatesKey(list: readonly unknown[]): string {
  return knownList(list)?.key ?? holidaySetOf(list).key;
}

/** Why a list of dates, or one of its entries (`index`, then `path` under it), is refused. */
export interface ClosedDatesProblem {
  readonly index: number | undefined;
  readonly path?: readonly (string | number)[];
  readonly code: IssueCode;
  readonly message: string;
}

/** The holiday set of entries read, with its key. */
function setOf(read: readonly ReadEntry[], key: string): HolidaySet {
  const days = new Map<number, string | null>();
  const parts = new Map<number, DayPart[]>();
  const rules: YearlyRule[] = [];
  for (const entry of read) {
    if (entry.kind === "yearly") rules.push(entry.rule);
    else if (entry.kind === "date") {
      if (!days.has(entry.day)) days.set(entry.day, null);
    } else if (entry.part === undefined) {
      if (days.get(entry.day) == null) days.set(entry.day, entry.name);
    } else {
      const list = parts.get(entry.day) ?? [];
      list.push(Object.freeze({ ...entry.part, name: entry.name }));
      parts.set(entry.day, list);
    }
  }
  return Object.freeze({ days, parts, rules: Object.freeze(rules), key });
}

/** The set of a list of date strings alone. */
const datesSet = (dates: readonly string[], key: string): HolidaySet =>
  setOf(
    dates.map((date) => ({ kind: "date", copy: date, day: parseIsoDate(date) as number })),
    key,
  );

/**
 * The entries of a list (dates as `YYYY-MM-DD` strings or `Temporal.PlainDate`s, named dates,
 * parts of days, yearly rules): the list itself when it holds only valid date strings (its
 * identity keys a memo), else a deeply frozen canonical copy (dates as strings); `undefined` when
 * the list is refused, with the reasons pushed to `problems` (when given; without it, reading
 * stops at the first one). A list already validated and unchanged since is not read again: a list
 * of date strings, or of frozen entries (which cannot change). Reading an entry may throw (a getter): the caller decides what that means.
 */
export function readClosedDates(
  list: readonly unknown[],
  problems?: ClosedDatesProblem[],
): readonly unknown[] | undefined {
  const known = knownList(list);
  if (known !== undefined) return known.asGiven ? list : known.copy;
  if (list.length > inputLimits.holidays) {
    problems?.push({
      index: undefined,
      code: "too_big",
      message: `has ${list.length} entries; at most ${inputLimits.holidays} are accepted (inputLimits.holidays; use a yearly rule or a function for more)`,
    });
    return undefined;
  }
  let ok = true;
  let onlyStrings = true;
  const read: ReadEntry[] = [];
  const entryProblems: EntryProblem[] = [];
  // A plain loop, not forEach: holes in a sparse array are reported, not skipped.
  for (let index = 0; index < list.length; index++) {
    const entry: unknown = list[index];
    if (typeof entry !== "string") onlyStrings = false;
    entryProblems.length = 0;
    const got = readHolidayEntry(entry, entryProblems);
    if (got !== undefined) {
      read.push(got);
      continue;
    }
    ok = false;
    if (problems === undefined) return undefined;
    for (const { path, code, message } of entryProblems)
      problems.push({ index, path, code, message });
  }
  if (!ok) return undefined;
  const entries = read.map((entry) => entry.copy);
  const copy = Object.freeze([...entries]);
  const dates = read.every((entry) => entry.kind === "date");
  const key = dates
    ? copy.join(",")
    : copy.map((entry) => (typeof entry === "string" ? entry : JSON.stringify(entry))).join(",");
  const set = dates ? undefined : setOf(read, key);
  if (onlyStrings) {
    validatedLists.set(list, { entries, copy, key, asGiven: true, set });
    return list;
  }
  // Entries that are objects may change after this call: only the frozen copy is remembered,
  // unless every entry is frozen (as `holidaysFromIcs` makes them) and so cannot change.
  validatedLists.set(copy, { entries, copy, key, asGiven: true, set });
  if (list.every(isFixedEntry)) {
    validatedLists.set(list, { entries: [...list], copy, key, asGiven: false, set });
  }
  return copy;
}

/** An entry that cannot change: a string, or a frozen plain object of data fields, its `date` a string, its `except` a frozen list of strings. */
function isFixedEntry(entry: unknown): boolean {
  if (typeof entry === "string") return true;
  if (typeof entry !== "object" || entry === null || !Object.isFrozen(entry)) return false;
  // Plain data only: a getter, on the object or a class behind it, could answer differently.
  const prototype: unknown = Object.getPrototypeOf(entry);
  if (prototype !== Object.prototype && prototype !== null) return false;
  const fields = Object.getOwnPropertyDescriptors(entry);
  if (!Object.values(fields).every((field) => "value" in field)) return false;
  const date = fields.date?.value;
  const except = fields.except?.value;
  if (date !== undefined && typeof date !== "string") return false;
  if (except === undefined || except === null) return true;
  return (
    Array.isArray(except) &&
    Object.isFrozen(except) &&
    except.every((day: unknown) => typeof day === "string")
  );
}

/**
 * The holiday set of a list that {@link readClosedDates} accepted (or returned), made once per
 * list. A list it never saw is read again, and must be valid.
 */
export function holidaySetOf(list: readonly unknown[]): HolidaySet {
  let known = knownList(list);
  if (known === undefined) {
    // A list of objects is remembered through its frozen copy.
    const output = readClosedDates(list) as readonly unknown[];
    known = knownList(output) as ValidatedList;
    list = output;
  }
  if (known.set === undefined) {
    const set = datesSet(known.copy as readonly string[], known.key);
    validatedLists.set(list, { ...known, set });
    return set;
  }
  return known.set;
}
