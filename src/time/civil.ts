/** Calendar arithmetic on proleptic Gregorian dates and epoch milliseconds, with no time-zone lookups. */

import { createMemo } from "../memo.js";

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

/** Days from 1970-01-01 to the given civil date (Howard Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Epoch milliseconds of a wall-clock date and time read with a UTC offset (ms, local = utc + offset). */
export function epochOf(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millis: number,
  offset: number,
): number {
  return (
    daysFromCivil(year, month, day) * MS_PER_DAY +
    hour * MS_PER_HOUR +
    minute * MS_PER_MINUTE +
    second * 1000 +
    millis -
    offset
  );
}

/** A civil date. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The civil date of a count of days from 1970-01-01 (Howard Hinnant's civil_from_days). */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** ISO weekday of a day count: 1 = Monday ... 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(days: number): number {
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** `YYYY-MM-DD` of a day count. */
export function isoDateOfDays(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day count of a valid `YYYY-MM-DD` string, or `undefined` when it is not one (2021-02-30 is not). */
export function parseIsoDate(text: string): number | undefined {
  const match = DATE_RE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day);
}

/** Offset texts by offset: a few dozen in practice, 64 kB at most. */
const offsetTexts = /* @__PURE__ */ (() => createMemo<number, string>({ maxBytes: 64 * 1024 }))();

/** Formats a whole-minute offset in milliseconds as `+01:00`, `-03:30`, `+00:00`. */
export function formatOffset(offsetMs: number): string {
  const cached = offsetTexts.get(offsetMs);
  if (cached !== undefined) return cached;
  const sign = offsetMs < 0 ? "-" : "+";
  const abs = Math.abs(offsetMs);
  const hours = Math.floor(abs / MS_PER_HOUR);
  const minutes = Math.floor((abs % MS_PER_HOUR) / MS_PER_MINUTE);
  const text = `${sign}${pad(hours, 2)}:${pad(minutes, 2)}`;
  offsetTexts.set(offsetMs, text);
  return text;
}

/**
 * An offset rounded to the nearest minute, half away from zero (Temporal's rounding of offsets
 * for ISO strings): `-00:44:30`, Monrovia's offset before 1972, becomes `-00:45`. ISO 8601 as
 * `Date.parse` reads it has no seconds in an offset.
 */
export function offsetToMinute(offsetMs: number): number {
  const minutes = Math.round(Math.abs(offsetMs) / MS_PER_MINUTE) * MS_PER_MINUTE;
  // `+ 0` turns the `-0` of a tiny negative offset into `+00:00`.
  return (offsetMs < 0 ? -minutes : minutes) + 0;
}

const TWO_DIGITS = /* @__PURE__ */ (() =>
  Array.from({ length: 100 }, (_, i) => String(i).padStart(2, "0")))();
const THREE_DIGITS = /* @__PURE__ */ (() =>
  Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, "0")))();

/** Slots of the memo of `YYYY-MM-DDT` texts by day count (a power of two). */
const DATE_SLOTS = 1024;
const slotDays = /* @__PURE__ */ (() => new Float64Array(DATE_SLOTS).fill(Number.NaN))();
const slotTexts: string[] = /* @__PURE__ */ (() => new Array<string>(DATE_SLOTS).fill(""))();

/**
 * `YYYY-MM-DDT` of a day count, remembered in a small direct-mapped memo: bulk formatting (a
 * report of a million rows) meets the same few hundred days again and again.
 */
function isoDatePart(days: number): string {
  const slot = days & (DATE_SLOTS - 1);
  if (slotDays[slot] === days) return slotTexts[slot] as string;
  const { year, month, day } = civilFromDays(days);
  const yearText = year >= 1000 && year <= 9999 ? String(year) : pad(year, 4);
  const text = `${yearText}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}T`;
  slotDays[slot] = days;
  slotTexts[slot] = text;
  return text;
}

/** `YYYY-MM-DDTHH:mm:ss.sss` of a local time written as epoch ms. */
function isoBody(local: number): string {
  const days = Math.floor(local / MS_PER_DAY);
  const msOfDay = local - days * MS_PER_DAY;
  const hour = Math.floor(msOfDay / MS_PER_HOUR);
  const minute = Math.floor((msOfDay % MS_PER_HOUR) / MS_PER_MINUTE);
  const second = Math.floor((msOfDay % MS_PER_MINUTE) / 1000);
  return `${isoDatePart(days)}${TWO_DIGITS[hour]}:${TWO_DIGITS[minute]}:${TWO_DIGITS[second]}.${THREE_DIGITS[msOfDay % 1000]}`;
}

/**
 * ISO 8601 with milliseconds and the given offset: `2026-11-23T09:20:00.000+01:00` (`Z` when
 * `utc`). The text always names exactly `epochMs`, and `Date.parse` reads it: an offset with
 * seconds (`-00:44:30`) is written rounded to the minute (`-00:45`), the wall time shifted to
 * match (`13:15:30-00:44:30` is written `13:15:00.000-00:45`).
 */
export function formatIsoInstant(epochMs: number, offsetMs: number, utc = false): string {
  if (utc) return `${isoBody(epochMs)}Z`;
  const offset = offsetMs % MS_PER_MINUTE === 0 ? offsetMs + 0 : offsetToMinute(offsetMs);
  return `${isoBody(epochMs + offset)}${formatOffset(offset)}`;
}

const WEEKDAY_SHORT = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;

/** Short English weekday name of an ISO weekday (1 = Monday ... 7 = Sunday). */
export function weekdayShort(isoDay: number): string {
  return WEEKDAY_SHORT[isoDay % 7] ?? "?";
}

/** `Mon 2026-11-23 09:20` (seconds and milliseconds only when not zero). */
export function formatWall(epochMs: number, offsetMs: number): string {
  const local = epochMs + offsetMs;
  const iso = isoBody(local);
  const seconds = iso.slice(17, 19);
  const millis = iso.slice(20, 23);
  let time = iso.slice(11, 16);
  if (seconds !== "00" || millis !== "000") time += `:${seconds}`;
  if (millis !== "000") time += `.${millis}`;
  return `${weekdayShort(isoWeekday(Math.floor(local / MS_PER_DAY)))} ${iso.slice(0, 10)} ${time}`;
}

const TIME_RE = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Milliseconds after midnight of `HH:mm[:ss]`, `24:00` allowed when `allowMidnightEnd`. */
export function parseTimeOfDay(text: string, allowMidnightEnd: boolean): number | undefined {
  const match = TIME_RE.exec(text);
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  const second = match[3] === undefined ? 0 : Number(match[3]);
  if (hour === 24 && minute === 0 && second === 0 && allowMidnightEnd) return MS_PER_DAY;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return hour * MS_PER_HOUR + minute * MS_PER_MINUTE + second * 1000;
}

/** `HH:mm` of whole minutes after midnight (`24:00` for the end of the day): the inverse of {@link parseTimeOfDay}. */
export function formatTimeOfDay(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
