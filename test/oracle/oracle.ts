/**
 * A slow, deliberately simple oracle for the business-time engine, used by differential tests.
 *
 * It shares no code with `src/` and uses different mechanisms on purpose:
 * - offsets are asked of `Intl.DateTimeFormat#formatToParts` for each instant (with a plain memo),
 *   instead of precomputed offset segments found by sampling and bisection;
 * - a wall time is resolved by trying every offset seen within +-36 h of it and checking it, instead
 *   of walking segments;
 * - windows are built day by day for just the days a question needs, sorted and merged into a
 *   plain union of intervals, and the questions are answered by a linear walk over that list,
 *   instead of yearly typed arrays, cumulative sums and binary search.
 *
 * Semantics (SPEC section 4): a window belongs to the local date it starts on; `end` may be
 * `24:00`; an `end` before `start` runs past midnight; a closed date removes the windows that start
 * on it and wins over `dateHours`, which replaces the weekday's windows. Overlapping windows count
 * once (the union). Wall times resolve like Temporal's `compatible` disambiguation.
 */

const HOUR = 3_600_000;
const DAY = 86_400_000;
/** Offsets stay within -12 h ... +14 h; these bounds are deliberately loose. */
const MAX_OFFSET = 15 * HOUR;
const MIN_OFFSET = -13 * HOUR;

export interface OracleWindow {
  readonly start: string;
  readonly end: string;
}

/** The same shape as the engine's `CalendarDefinition`, restated here so the oracle imports nothing from `src/`. */
export interface OracleCalendar {
  readonly timeZone: string;
  readonly weekly: Partial<
    Record<"mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun", readonly OracleWindow[]>
  >;
  readonly closedDates?: readonly OracleHoliday[] | ((isoDate: string) => boolean) | undefined;
  readonly dateHours?: Readonly<Record<string, readonly OracleWindow[]>> | undefined;
}

/** What an entry closes: the whole day, or `from`-`to` wall time in `timeZone` (default: the calendar's). */
interface OracleClosure {
  readonly name?: string | null | undefined;
  readonly from?: string | null | undefined;
  readonly to?: string | null | undefined;
  readonly timeZone?: string | null | undefined;
}

/**
 * A holiday entry, restated: a `YYYY-MM-DD` date, a `{ date }` entry, or a yearly rule (a fixed
 * day, or the nth / last weekday of a month, within years, minus exceptions).
 */
export type OracleHoliday =
  | string
  | (OracleClosure & { readonly date: string })
  | (OracleClosure & {
      readonly month: number;
      readonly day?: number | null | undefined;
      readonly weekday?: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun" | null | undefined;
      readonly nth?: 1 | 2 | 3 | 4 | 5 | "last" | null | undefined;
      readonly firstYear?: number | null | undefined;
      readonly lastYear?: number | null | undefined;
      readonly except?: readonly string[] | null | undefined;
    });

/** A half-open interval of epoch milliseconds, `[start, end)`. */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

// ---------------------------------------------------------------------------------------------
// Offsets and wall times

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetMemo = new Map<string, number>();

/** UTC offset (ms, local = utc + offset) of `zone` at `epochMs`, read from Intl's wall-clock fields. */
export function offsetAt(zone: string, epochMs: number): number {
  const second = Math.floor(epochMs / 1000) * 1000;
  const key = `${zone}@${second}`;
  const memo = offsetMemo.get(key);
  if (memo !== undefined) return memo;
  let format = formatters.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(zone, format);
  }
  const part: Record<string, number> = {};
  for (const p of format.formatToParts(second)) part[p.type] = Number(p.value);
  const wall = Date.UTC(
    part.year ?? Number.NaN,
    (part.month ?? Number.NaN) - 1,
    part.day,
    part.hour,
    part.minute,
    part.second,
  );
  const offset = wall - second;
  if (offsetMemo.size > 2_000_000) offsetMemo.clear();
  offsetMemo.set(key, offset);
  return offset;
}

/**
 * The instant of local wall time `wall` (the local date-time written as if it were UTC ms).
 *
 * Candidates: every offset in force somewhere within +-36 h of `wall` (sampled every 3 h; zone
 * transitions are days apart, so this sees the offsets on both sides of any nearby transition).
 * An offset `off` is valid when the instant `wall - off` really has offset `off`.
 * - One or more valid candidates: the wall time exists; take the earliest instant (a repeated
 *   wall time after a backward transition takes its first occurrence).
 * - None: the wall time is in a gap created by a forward transition at T from `before` to
 *   `after` (> `before`); the gap is the local range [T + before, T + after). `compatible` reads
 *   it with `before`, giving `wall - before` (02:30 in a 02:00->03:00 gap becomes 03:30).
 *   To find `before`: `wall - after` lies in [T - (after - before), T), i.e. just before T, so
 *   the offset in force there is `before`; `after` is the largest candidate offset.
 */
export function resolveWall(zone: string, wall: number): number {
  const candidates = new Set<number>();
  for (let h = -36; h <= 36; h += 3) candidates.add(offsetAt(zone, wall + h * HOUR));
  const valid = [...candidates]
    .map((off) => wall - off)
    .filter((t) => offsetAt(zone, t) === wall - t);
  if (valid.length > 0) return Math.min(...valid);
  const after = Math.max(...candidates);
  const before = offsetAt(zone, wall - after);
  return wall - before;
}

// ---------------------------------------------------------------------------------------------
// Windows

const WEEKDAY_KEYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

/** Milliseconds after midnight of `HH:mm` or `HH:mm:ss` (`24:00` gives one day). */
function timeOfDay(text: string): number {
  const [h = 0, m = 0, s = 0] = text.split(":").map(Number);
  return ((h * 60 + m) * 60 + s) * 1000;
}

/** `YYYY-MM-DD` of a day number (days since 1970-01-01). */
function isoDate(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/**
 * Whether a holiday entry falls on `iso`, by reading the date's own fields: for an nth weekday,
 * the day of the month is in week `nth` (days 1-7 are the first week); for the last, no same
 * weekday follows in the month.
 */
function entryFallsOn(entry: OracleHoliday, iso: string): boolean {
  if (typeof entry === "string") return entry === iso;
  if ("date" in entry) return entry.date === iso;
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  if (month !== entry.month) return false;
  if (entry.firstYear != null && year < entry.firstYear) return false;
  if (entry.lastYear != null && year > entry.lastYear) return false;
  if (entry.except?.includes(iso)) return false;
  if (entry.day != null) return day === entry.day;
  const weekday = WEEKDAY_KEYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  if (weekday !== entry.weekday) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return entry.nth === "last" ? day + 7 > daysInMonth : Math.ceil(day / 7) === entry.nth;
}

/** True when an entry closes a part of a day only. */
const isPart = (entry: OracleHoliday): boolean =>
  typeof entry !== "string" && entry.from != null && entry.to != null;

/** The windows written for local date `day`, after closed dates and date-specific hours. */
function windowsOfDay(cal: OracleCalendar, day: number): readonly OracleWindow[] {
  const iso = isoDate(day);
  const closed = cal.closedDates ?? [];
  if (
    typeof closed === "function"
      ? closed(iso)
      : closed.some((entry) => !isPart(entry) && entryFallsOn(entry, iso))
  ) {
    return [];
  }
  const special = cal.dateHours?.[iso];
  if (special !== undefined) return special;
  const weekday = WEEKDAY_KEYS[new Date(day * DAY).getUTCDay()] ?? "sun";
  return cal.weekly[weekday] ?? [];
}

/**
 * The open time of the calendar as sorted, disjoint, non-touching intervals, built from the
 * windows of local dates `firstDay ... lastDay` (inclusive). Exact on
 * `[(firstDay + 1) * DAY + 13 h, (lastDay + 1) * DAY - 15 h)` (see {@link exactRange}).
 */
export function openIntervals(cal: OracleCalendar, firstDay: number, lastDay: number): Interval[] {
  const raw: Interval[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    for (const w of windowsOfDay(cal, day)) {
      const startMs = timeOfDay(w.start);
      let endMs = timeOfDay(w.end);
      if (endMs <= startMs) endMs += DAY; // past midnight into the next day
      const start = resolveWall(cal.timeZone, day * DAY + startMs);
      const end = resolveWall(cal.timeZone, day * DAY + endMs);
      if (end > start) raw.push({ start, end }); // a window inside a DST gap can be empty
    }
  }
  return withoutParts(cal, union(raw), firstDay, lastDay);
}

/** Sorted, disjoint, non-touching intervals covering the same instants as `raw`. */
function union(raw: Interval[]): Interval[] {
  raw.sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const w of raw) {
    const last = merged[merged.length - 1];
    if (last !== undefined && w.start <= last.end) last.end = Math.max(last.end, w.end);
    else merged.push({ ...w });
  }
  return merged;
}

/**
 * The open intervals minus the parts of days closed on the dates `firstDay ... lastDay`, instant
 * by instant: an interval is kept where no closed part covers it.
 */
function withoutParts(
  cal: OracleCalendar,
  open: Interval[],
  firstDay: number,
  lastDay: number,
): Interval[] {
  const list = typeof cal.closedDates === "function" ? [] : (cal.closedDates ?? []);
  const cuts: Interval[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    const iso = isoDate(day);
    for (const entry of list) {
      if (typeof entry === "string" || !isPart(entry) || !entryFallsOn(entry, iso)) continue;
      const zone = entry.timeZone ?? cal.timeZone;
      const start = resolveWall(zone, day * DAY + timeOfDay(entry.from as string));
      const end = resolveWall(zone, day * DAY + timeOfDay(entry.to as string));
      if (end > start) cuts.push({ start, end });
    }
  }
  if (cuts.length === 0) return open;
  const closedTime = union(cuts);
  const kept: Interval[] = [];
  for (const w of open) {
    let start = w.start;
    for (const cut of closedTime) {
      if (cut.end <= start || cut.start >= w.end) continue;
      if (cut.start > start) kept.push({ start, end: cut.start });
      start = Math.max(start, cut.end);
    }
    if (w.end > start) kept.push({ start, end: w.end });
  }
  return kept;
}

/**
 * The days to build so that the intervals are exact on `[from, until)`. A window of local date D
 * starts at wall time >= D 00:00, so at an instant >= D * DAY - 15 h, and ends at wall time
 * <= (D + 2) 00:00, so at an instant <= (D + 2) * DAY + 13 h (a gap only moves it later by less
 * than the offset bound). Windows of earlier or later days therefore cannot reach `[from, until)`.
 */
function exactRange(from: number, until: number): [number, number] {
  const firstDay = Math.floor((from + MIN_OFFSET) / DAY) - 3;
  const lastDay = Math.ceil((until + MAX_OFFSET) / DAY) + 1;
  return [firstDay, lastDay];
}

/** The open intervals clipped to `[from, until)`, exact there. */
export function intervalsBetween(cal: OracleCalendar, from: number, until: number): Interval[] {
  const [firstDay, lastDay] = exactRange(from, until);
  return openIntervals(cal, firstDay, lastDay)
    .map((w) => ({ start: Math.max(w.start, from), end: Math.min(w.end, until) }))
    .filter((w) => w.end > w.start);
}

// ---------------------------------------------------------------------------------------------
// Questions

/** Business time in `[a, b)` (negative when `b < a`). */
export function businessTimeBetween(cal: OracleCalendar, a: number, b: number): number {
  if (b < a) return -businessTimeBetween(cal, b, a);
  let total = 0;
  for (const w of intervalsBetween(cal, a, b)) total += w.end - w.start;
  return total;
}

/** Whether `t` lies in `[start, end)` of an open interval. */
export function isOpen(cal: OracleCalendar, t: number): boolean {
  return intervalsBetween(cal, t, t + 1).length > 0;
}

/** Searches `[t, t + span)` with growing spans until `answer` finds something. */
function searchForward<T>(
  t: number,
  firstSpan: number,
  answer: (intervals: Interval[]) => T | undefined,
  cal: OracleCalendar,
): T {
  for (let span = firstSpan; span < 400 * 366 * DAY; span *= 2) {
    const found = answer(intervalsBetween(cal, t, t + span));
    if (found !== undefined) return found;
  }
  throw new Error("oracle: no answer within 400 years");
}

/** The earliest open instant >= t. */
export function nextOpening(cal: OracleCalendar, t: number): number {
  return searchForward(t, 8 * DAY, (intervals) => intervals[0]?.start, cal);
}

/** The earliest u >= t with `duration` of business time in `[t, u)`; `t` when `duration` is 0. */
export function addBusinessTime(cal: OracleCalendar, t: number, duration: number): number {
  if (duration === 0) return t;
  const firstSpan = Math.max(8 * DAY, 2 * duration);
  return searchForward(
    t,
    firstSpan,
    (intervals) => {
      let left = duration;
      for (const w of intervals) {
        if (w.end - w.start >= left) return w.start + left;
        left -= w.end - w.start;
      }
      return undefined;
    },
    cal,
  );
}
