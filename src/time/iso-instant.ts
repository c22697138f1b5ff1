/** Reading ISO 8601 date-time strings with a UTC offset into epoch milliseconds: a fast path for the common shape, and a full parser that names the problem of every rejected string. */

import type { IssueCode } from "../issue-codes.js";
import { daysInMonth, epochOf, MS_PER_HOUR, MS_PER_MINUTE } from "./civil.js";

const ISO_RE =
  /^([+-]?\d{4,6})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?$/;
const DATE_ONLY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Why a value is not an instant: a code and the text after the field name. */
export interface InstantProblem {
  readonly code: IssueCode;
  readonly text: string;
}

function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}

/** The digit at `i` of `text` (0-9), or -1. */
function digit(text: string, i: number): number {
  const code = text.charCodeAt(i) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/** Two digits at `i`, or -1. */
function two(text: string, i: number): number {
  const a = digit(text, i);
  const b = digit(text, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

/**
 * The common shape, read without a regular expression: `YYYY-MM-DDTHH:mm:ss`, optional `.sss`,
 * then `Z` or `+HH:mm`/`-HH:mm`. Returns `undefined` for anything else (the full parser decides).
 * Bulk inputs (a million CSV rows) are nearly all of this shape.
 */
function parseCommonShape(text: string): number | undefined {
  const n = text.length;
  if (
    (n !== 20 && n !== 24 && n !== 25 && n !== 29) ||
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45
  ) {
    return undefined;
  }
  if (text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58)
    return undefined;
  const y1 = two(text, 0);
  const y2 = two(text, 2);
  const month = two(text, 5);
  const day = two(text, 8);
  const hour = two(text, 11);
  const minute = two(text, 14);
  const second = two(text, 17);
  if (y1 < 0 || y2 < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23)
    return undefined;
  if (minute < 0 || minute > 59 || second < 0 || second > 59) return undefined;
  const year = y1 * 100 + y2;
  if (day > daysInMonth(year, month)) return undefined;
  let i = 19;
  let millis = 0;
  if (text.charCodeAt(i) === 46) {
    const a = digit(text, 20);
    const b = digit(text, 21);
    const c = digit(text, 22);
    if (a < 0 || b < 0 || c < 0) return undefined;
    millis = a * 100 + b * 10 + c;
    i = 23;
  }
  let offset = 0;
  const sign = text.charCodeAt(i);
  if (sign === 90 && i + 1 === n) offset = 0;
  else if ((sign === 43 || sign === 45) && i + 6 === n && text.charCodeAt(i + 3) === 58) {
    const oh = two(text, i + 1);
    const om = two(text, i + 4);
    if (oh < 0 || oh > 18 || om < 0 || om > 59) return undefined;
    offset = (sign === 45 ? -1 : 1) * (oh * MS_PER_HOUR + om * MS_PER_MINUTE);
  } else return undefined;
  return epochOf(year, month, day, hour, minute, second, millis, offset);
}

/** Epoch milliseconds of an ISO 8601 string with an offset, or the problem with it. */
export function parseIsoInstant(text: string): number | InstantProblem {
  const common = parseCommonShape(text);
  if (common !== undefined) return common;
  return parseIsoInstantFully(text);
}

/** The full parser: every accepted form, and a precise problem for every rejected one. */
export function parseIsoInstantFully(text: string): number | InstantProblem {
  const trimmed = text.trim();
  if (DATE_ONLY_RE.test(trimmed)) {
    return {
      code: "missing_time",
      text: `is a date without a time: ${quote(text)}; expected a date-time such as 2026-11-20T09:00:00+01:00`,
    };
  }
  const match = ISO_RE.exec(trimmed);
  if (!match) {
    return {
      code: "invalid_date",
      text: `is not an ISO 8601 date-time: ${quote(text)}; expected e.g. 2026-11-20T16:50:00+01:00`,
    };
  }
  const [, y, mo, d, h, mi, s, frac, zulu, sign, oh, om] = match;
  if (zulu === undefined && sign === undefined) {
    return {
      code: "missing_offset",
      text: `has no UTC offset: ${quote(text)}; add Z or an offset such as +01:00 (it is never read in the machine's zone)`,
    };
  }
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  const millis = frac === undefined ? 0 : Number(frac.padEnd(3, "0").slice(0, 3));
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return { code: "invalid_date", text: `is not a real date-time: ${quote(text)}` };
  }
  let offset = 0;
  if (sign !== undefined) {
    const offsetHours = Number(oh);
    const offsetMinutes = om === undefined ? 0 : Number(om);
    if (offsetHours > 18 || offsetMinutes > 59) {
      return { code: "invalid_date", text: `has an impossible UTC offset: ${quote(text)}` };
    }
    offset = (sign === "-" ? -1 : 1) * (offsetHours * MS_PER_HOUR + offsetMinutes * MS_PER_MINUTE);
  }
  return epochOf(year, month, day, hour, minute, second, millis, offset);
}
