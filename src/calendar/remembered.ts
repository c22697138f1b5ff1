/** Remembers the calendar of each definition object already validated, with a cheap check that it has not changed since. */

import { createWeakMemo } from "../memo.js";
import type { BusinessCalendar } from "./calendar.js";
import type { CalendarDefinition } from "./definition.js";

/**
 * What was read from a definition when it was validated: every value, in the order
 * {@link readDefinition} reads them (objects by identity, strings and numbers by value).
 */
type Reading = unknown[];

/**
 * Calendars by definition object, kept as long as the caller keeps the definition. Callers
 * usually pass one definition to many calls; reading it again and comparing with what was read
 * at validation (about 1 ms for the largest definition accepted) is much cheaper than validating
 * it again (a few hundred ms at the limits), and a definition changed in place is simply
 * validated again.
 */
const remembered = /* @__PURE__ */ (() =>
  createWeakMemo<object, { reading: Reading; calendar: BusinessCalendar }>())();

/**
 * A pass over a definition: either recording what it reads, or comparing it with a recording.
 * (One function with a flag rather than a callback: this runs over up to a million values.)
 */
interface Pass {
  readonly record: boolean;
  readonly values: unknown[];
  index: number;
}

/** Records `value`, or compares it with the next recorded one; `false` on a difference. */
function see(pass: Pass, value: unknown): boolean {
  if (pass.record) {
    pass.values.push(value);
    return true;
  }
  return pass.values[pass.index++] === value;
}

/** Reads a list of windows: the list, its length and each window with its `start` and `end`. */
function readWindows(pass: Pass, list: unknown): boolean {
  if (!see(pass, list) || !Array.isArray(list) || !see(pass, list.length)) return false;
  if (!pass.record) return sameWindows(pass, list);
  for (let i = 0; i < list.length; i++) {
    const window: unknown = list[i];
    if (window === null || typeof window !== "object" || !see(pass, window)) return false;
    const { start, end } = window as { start: unknown; end: unknown };
    if (!see(pass, start) || !see(pass, end)) return false;
  }
  return true;
}

/** {@link readWindows} when comparing, written out: the loop that runs most. */
function sameWindows(pass: Pass, list: readonly unknown[]): boolean {
  const values = pass.values;
  let index = pass.index;
  for (let i = 0; i < list.length; i++) {
    const window = list[i] as { start: unknown; end: unknown } | null;
    if (window === null || typeof window !== "object" || values[index] !== window) return false;
    if (values[index + 1] !== window.start || values[index + 2] !== window.end) return false;
    index += 3;
  }
  pass.index = index;
  return true;
}

/** Reads an object's identity and own enumerable keys; `undefined` for a non-object. */
function readKeys(pass: Pass, value: unknown): string[] | undefined {
  if (value === null || typeof value !== "object") return undefined;
  const keys = Object.keys(value);
  if (!see(pass, value) || !see(pass, keys.length)) return undefined;
  for (const key of keys) if (!see(pass, key)) return undefined;
  return keys;
}

/**
 * Reads every value of a definition that validation reads, in a fixed order. Returns `false`
 * when a comparison failed or the definition is not plain data (always validated again).
 */
function readDefinition(pass: Pass, definition: object): boolean {
  const fields = definition as Record<string, unknown>;
  if (readKeys(pass, definition) === undefined || !see(pass, fields.timeZone)) return false;
  const weekly = fields.weekly as Record<string, unknown>;
  const days = readKeys(pass, weekly);
  if (days === undefined) return false;
  for (const day of days) {
    const list = weekly[day];
    if (list === undefined ? !see(pass, list) : !readWindows(pass, list)) return false;
  }
  const closed = fields.closedDates;
  if (!see(pass, closed)) return false;
  if (Array.isArray(closed)) {
    if (!see(pass, closed.length)) return false;
    for (let i = 0; i < closed.length; i++) if (!see(pass, closed[i])) return false;
  }
  const dateHours = fields.dateHours;
  if (dateHours === undefined) return see(pass, dateHours);
  const dates = readKeys(pass, dateHours);
  if (dates === undefined) return false;
  const byDate = dateHours as Record<string, unknown>;
  for (const date of dates) if (!readWindows(pass, byDate[date])) return false;
  return true;
}

/** The calendar made from `definition` before, if the definition still reads the same. */
export function rememberedCalendar(definition: CalendarDefinition): BusinessCalendar | undefined {
  const known = remembered.get(definition);
  if (known === undefined) return undefined;
  const pass: Pass = { record: false, values: known.reading, index: 0 };
  try {
    const same = readDefinition(pass, definition) && pass.index === known.reading.length;
    return same ? known.calendar : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the calendar of a definition that has just been validated. */
export function rememberCalendar(definition: CalendarDefinition, calendar: BusinessCalendar): void {
  const pass: Pass = { record: true, values: [], index: 0 };
  try {
    if (readDefinition(pass, definition)) {
      remembered.set(definition, { reading: pass.values, calendar });
    }
  } catch {
    // A definition that throws when read again is validated on every call.
  }
}
