/** Reads a list of closed dates (`YYYY-MM-DD` strings or `Temporal.PlainDate`s) once, and remembers each valid list by identity. */

import { describeThrown } from "../errors.js";
import type { IssueCode } from "../issue-codes.js";
import { inputLimits } from "../limits.js";
import { createWeakMemo } from "../memo.js";
import { expectedRealDate } from "../messages.js";
import { parseIsoDate } from "../time/civil.js";
import { plainDateText } from "./plain-date.js";

/** What was kept of a valid list: its entries then, the dates they hold, and its cache key. */
interface ValidatedList {
  /**
   * The entries when it was validated, for the unchanged-check. Never frozen and never handed
   * out: V8 reads the elements of a frozen array several times slower (a 50-date list costs
   * 300 ns to compare against a frozen copy, 60 ns against a plain one).
   */
  readonly entries: readonly unknown[];
  /** The dates, frozen (handed out: to a calendar, or as the output for a list of PlainDates). */
  readonly copy: readonly string[];
  readonly key: string;
  /** The list held only strings: it is its own output. */
  readonly asGiven: boolean;
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
export function validatedDates(list: readonly string[]): readonly string[] | undefined {
  return knownList(list)?.copy;
}

/** A cache key for a validated list of dates (its entries joined, memoised per array). */
export function closedDatesKey(list: readonly string[]): string {
  return knownList(list)?.key ?? list.join(",");
}

/** Why a list of dates, or one of its entries (`index`), is refused. */
export interface ClosedDatesProblem {
  readonly index: number | undefined;
  readonly code: IssueCode;
  readonly message: string;
}

/** A closed date as `YYYY-MM-DD`: a string, or a `Temporal.PlainDate`-like object; else the problem. */
function closedDateText(
  entry: unknown,
): string | { readonly message: string; readonly code: IssueCode } {
  if (typeof entry === "string") {
    return parseIsoDate(entry) === undefined
      ? {
          message: `${expectedRealDate}, got ${JSON.stringify(entry.slice(0, 40))}`,
          code: "invalid_date",
        }
      : entry;
  }
  let date: string | undefined;
  try {
    date = plainDateText(entry);
  } catch (error) {
    return { message: `could not be read: ${describeThrown(error)}`, code: "unreadable_input" };
  }
  if (date !== undefined) return date;
  const got = entry === null ? "null" : Array.isArray(entry) ? "an array" : typeof entry;
  return {
    message: `${expectedRealDate} or a Temporal.PlainDate, got ${got}`,
    code: "invalid_date",
  };
}

/**
 * The dates of a list: the list itself when it holds only valid date strings (its identity keys
 * a memo), a frozen copy of its dates when some are `Temporal.PlainDate`s; `undefined` when the
 * list is refused, with the reasons pushed to `problems` (when given; without it, reading stops
 * at the first one). A list already validated and unchanged since is not read again. A valid list
 * is remembered. Reading an entry may throw (a getter): the caller decides what that means.
 */
export function readClosedDates(
  list: readonly unknown[],
  problems?: ClosedDatesProblem[],
): readonly string[] | undefined {
  const known = knownList(list);
  if (known !== undefined) return known.asGiven ? (list as string[]) : known.copy;
  if (list.length > inputLimits.holidays) {
    problems?.push({
      index: undefined,
      code: "too_big",
      message: `has ${list.length} entries; at most ${inputLimits.holidays} dates are accepted (inputLimits.holidays; use a function for rules)`,
    });
    return undefined;
  }
  let ok = true;
  let onlyStrings = true;
  const dates: string[] = [];
  // A plain loop, not forEach: holes in a sparse array are reported, not skipped.
  for (let index = 0; index < list.length; index++) {
    const entry: unknown = list[index];
    if (typeof entry !== "string") onlyStrings = false;
    const date = closedDateText(entry);
    if (typeof date === "string") {
      dates.push(date);
      continue;
    }
    ok = false;
    if (problems === undefined) return undefined;
    problems.push({ index, code: date.code, message: date.message });
  }
  if (!ok) return undefined;
  const copy = Object.freeze([...dates]);
  const key = copy.join(",");
  if (onlyStrings) {
    validatedLists.set(list, { entries: dates, copy, key, asGiven: true });
    return list as string[];
  }
  validatedLists.set(list, { entries: [...list], copy, key, asGiven: false });
  validatedLists.set(copy, { entries: dates, copy, key, asGiven: true });
  return copy;
}
