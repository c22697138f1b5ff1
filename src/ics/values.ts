/** Dates, date-times and durations of an iCalendar file, checked and read into ical.js times (floating: the wall-clock fields as written). */

import ICAL from "ical.js";
import { inputLimits } from "../limits.js";
import { daysInMonth } from "../time/civil.js";
import { type RawProperty, rawParameter } from "./parse.js";
import { type EventLabel, failEvent, quote } from "./problems.js";

/** A date or date-time as written: its wall-clock fields, and how its zone was given. */
export interface Moment {
  /** The fields as written, in ical.js's floating zone (`isDate` for a date). */
  readonly time: ICAL.Time;
  readonly isDate: boolean;
  /** Written with `Z`: a UTC time. */
  readonly utc: boolean;
  /** The `TZID` parameter of a local time; `null` for a date, a UTC time or a floating time. */
  readonly tzid: string | null;
}

/** A length of time as iCalendar counts it: calendar days, then seconds of wall-clock time. */
export interface Span {
  readonly days: number;
  readonly seconds: number;
}

/** Years a date may have (the years a holiday entry may name). */
const FIRST_YEAR = 1;
const LAST_YEAR = 9999;

/** A date; ical.js writes an 8-digit value of a DATE-TIME property (`DTSTART:20261225`) with `T::` after it. */
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T::)?$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(Z?)$/;

/** `value` as ical.js wrote it (`2026-12-24`, `2026-12-24T12:00:00Z`) checked, or `undefined`. */
export function momentOf(value: unknown, tzid: string | null): Moment | undefined {
  if (typeof value !== "string") return undefined;
  const match = DATE.exec(value) ?? DATE_TIME.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12) return undefined;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  if (match[4] === undefined) {
    return {
      time: ICAL.Time.fromData({ year, month, day, isDate: true }),
      isDate: true,
      utc: false,
      tzid: null,
    };
  }
  const [hour, minute, second] = [Number(match[4]), Number(match[5]), Number(match[6])];
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  const utc = match[7] === "Z";
  // A leap second (:60) is read as :59, the last second ical.js can hold.
  const time = ICAL.Time.fromData({
    year,
    month,
    day,
    hour,
    minute,
    second: Math.min(second, 59),
    isDate: false,
  });
  return { time, isDate: false, utc, tzid: utc ? null : tzid };
}

/** The upper-case property name for messages: `DTSTART`. */
export const propertyName = (property: RawProperty): string => property[0].toUpperCase();

/** Reads every date or date-time value of a property (one for DTSTART, several for EXDATE). */
export function readMoments(property: RawProperty, event: EventLabel, line: number): Moment[] {
  const tzid = rawParameter(property, "tzid")?.trim() || null;
  const moments: Moment[] = [];
  for (let i = 3; i < property.length; i++) {
    const value = property[i];
    const moment = momentOf(value, tzid);
    if (moment === undefined) {
      failEvent(
        event,
        `\`${propertyName(property)}\` is not a real date or date-time: ${quote(String(value))}`,
        line,
      );
    }
    moments.push(moment);
  }
  return moments;
}

/** The one value of a DTSTART, DTEND or RECURRENCE-ID property. */
export function readMoment(property: RawProperty, event: EventLabel, line: number): Moment {
  const [moment] = readMoments(property, event, line);
  if (moment === undefined) failEvent(event, `\`${propertyName(property)}\` has no value`, line);
  return moment;
}

/** A `DURATION` value: not negative; whole days and weeks only for an all-day event. */
export function readDuration(
  property: RawProperty,
  event: EventLabel,
  line: number,
  allDay: boolean,
): Span {
  const value = property[3];
  let duration: ICAL.Duration;
  try {
    if (typeof value !== "string" || !ICAL.Duration.isValueString(value)) throw new Error();
    duration = ICAL.Duration.fromString(value);
  } catch {
    failEvent(event, `\`DURATION\` is not a duration: ${quote(String(value))}`, line);
  }
  const days = duration.weeks * 7 + duration.days;
  const seconds = duration.hours * 3600 + duration.minutes * 60 + duration.seconds;
  if (duration.isNegative && days + seconds > 0) {
    failEvent(event, `\`DURATION\` is negative: ${quote(value)}`, line);
  }
  if (allDay && seconds > 0) {
    failEvent(
      event,
      `\`DURATION\` ${quote(value)} has hours on an all-day event; expected whole days (P1D) or weeks`,
      line,
    );
  }
  return checkedSpan({ days, seconds }, event, line);
}

/**
 * `span`, when the event it measures closes at most `inputLimits.holidays` days (a longer one
 * would give more entries than a list may hold); else `too_big` at `line`.
 */
export function checkedSpan(span: Span, event: EventLabel, line: number): Span {
  if (span.days + span.seconds / 86_400 > inputLimits.holidays) {
    failEvent(
      event,
      `lasts more than ${inputLimits.holidays.toLocaleString("en-US")} days (inputLimits.holidays)`,
      line,
      "too_big",
    );
  }
  return span;
}

/** `moment` written back the way ical.js writes it, for messages: `2026-12-24`, `2026-12-24T12:00:00`. */
export function momentText(moment: Moment): string {
  return moment.time.toString() + (moment.utc ? "Z" : "");
}

/** The wall-clock span from `start` to `end` (both floating times). */
export function spanBetween(start: ICAL.Time, end: ICAL.Time): Span {
  const seconds = end.subtractDate(start).toSeconds();
  if (start.isDate && end.isDate) return { days: Math.round(seconds / 86_400), seconds: 0 };
  return { days: 0, seconds };
}

/** `time` moved by `span` (a new floating time; ical.js normalises the fields). */
export function addSpan(time: ICAL.Time, span: Span): ICAL.Time {
  const out = time.clone();
  out.adjust(span.days, 0, 0, span.seconds);
  return out;
}
