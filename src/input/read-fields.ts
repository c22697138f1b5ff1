/** The fast path of each case field: the value its schema gives, read by hand, or `undefined` for anything the schema must judge. */

import { countryTable } from "../data/countries.js";
import { planIds } from "../data/plans.js";
import { priorities } from "../data/priorities.js";
import { regionIds } from "../data/regions.js";
import { type InputLimit, inputLimits } from "../limits.js";
import { measureFromOptions } from "../place/fields.js";
import { parseIsoDate } from "../time/civil.js";
import { instantMs } from "../time/instant.js";
import { isValidTimeZone } from "../time/zone.js";
import type { SupportCaseKey } from "./case.js";
import { readClosedDates } from "./closed-dates.js";
import { businessDayReadings, contactOutcomes } from "./options.js";
import { productProblem } from "./product.js";

/**
 * Reads one present value (neither `undefined` nor `null`) of a field: what the field's schema
 * outputs for it, when the schema accepts it as it is; `undefined` for anything else, including
 * what the schema would accept but only after a closer look (a subclass of `Array`, a getter):
 * the caller then parses with the schema, which words the error. Each reader accepts nothing its
 * schema refuses, and nothing the bounds pre-pass (`readWithinLimits`) refuses; a property test
 * (test/validation/fast-path.test.ts) holds them to it. A reader may throw when a read of the
 * value does (a getter, a proxy): the caller catches.
 */
export type FieldReader = (value: unknown) => unknown;

/** An object made by `{}` or `Object.create(null)`: no class, so no accessor behind its fields but its own. */
export function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== "object" || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** The length of an array made by `[]` (not a subclass), when it is a list length; else -1. */
function plainLength(value: unknown): number {
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) return -1;
  const length: unknown = value.length;
  return typeof length === "number" && Number.isSafeInteger(length) ? length : -1;
}

/** A string within `inputLimits.stringLength` (the bound of every free text). */
export function isBoundedText(value: unknown): value is string {
  return typeof value === "string" && value.length <= inputLimits.stringLength;
}

/** True when every key of `value` (as `for...in` lists them, like zod) is one of `keys`. */
function hasOnlyKeys(value: object, keys: readonly string[]): boolean {
  for (const key in value) if (!keys.includes(key)) return false;
  return true;
}

const oneOf =
  (values: readonly string[]): FieldReader =>
  (value) =>
    typeof value === "string" && values.includes(value) ? value : undefined;

/** `countryCodeSchema`: two ASCII letters, any case, around spaces, of a known country; upper case. */
function readCountry(value: unknown): string | undefined {
  if (!isBoundedText(value)) return undefined;
  // Most countries come as given: two capital letters.
  if (value.length === 2 && Object.hasOwn(countryTable(), value)) return value;
  const trimmed = value.trim();
  const upper = /^[A-Za-z]{2}$/.test(trimmed) ? trimmed.toUpperCase() : "";
  return Object.hasOwn(countryTable(), upper) ? upper : undefined;
}

function readTimeZone(value: unknown): string | undefined {
  return isBoundedText(value) && isValidTimeZone(value) ? value : undefined;
}

function readProduct(value: unknown): string | undefined {
  return isBoundedText(value) && value.length > 0 && productProblem(value) === undefined
    ? value
    : undefined;
}

function readDate(value: unknown): string | undefined {
  return isBoundedText(value) && parseIsoDate(value) !== undefined ? value : undefined;
}

/** `closedDatesSchema`: a predicate as it is, or a plain list of dates ({@link readClosedDates}). */
function readHolidays(value: unknown): unknown {
  if (typeof value === "function") return value;
  return plainLength(value) >= 0 ? readClosedDates(value as readonly unknown[]) : undefined;
}

/** `contactNameSchema`: a text that is not blank. */
function readContactName(value: unknown): string | undefined {
  return isBoundedText(value) && value.trim().length > 0 ? value : undefined;
}

function readShare(value: unknown): number | undefined {
  return typeof value === "number" && value > 0 && value <= 1 ? value : undefined;
}

function readFlag(value: unknown): boolean | undefined {
  return typeof value === "boolean" ? value : undefined;
}

/** A plain list within its bound, read entry by entry into a new list. */
const listOf =
  (limit: InputLimit, entry: FieldReader): FieldReader =>
  (value) => {
    const length = plainLength(value);
    if (length < 0 || length > inputLimits[limit]) return undefined;
    const list = value as readonly unknown[];
    const out: unknown[] = [];
    for (let i = 0; i < length; i++) {
      const read = entry(list[i]);
      if (read === undefined) return undefined;
      out.push(read);
    }
    return out;
  };

const readPriority = /* @__PURE__ */ (() => oneOf(priorities))();
const readOutcome = /* @__PURE__ */ (() => oneOf(contactOutcomes))();

/** `priorityChangeSchema`: `{ priority, at }`, strict. */
function readPriorityChange(value: unknown): unknown {
  if (!isPlainObject(value) || !hasOnlyKeys(value, ["priority", "at"])) return undefined;
  const priority = readPriority(value.priority);
  const at = instantMs(value.at);
  return priority === undefined || at === undefined ? undefined : { priority, at };
}

/** `pauseSchema`: `{ from, to?, reason? }`, strict, `null` read as absent. */
function readPause(value: unknown): unknown {
  if (!isPlainObject(value) || !hasOnlyKeys(value, ["from", "to", "reason"])) return undefined;
  const from = instantMs(value.from);
  if (from === undefined) return undefined;
  const pause: { from: number; to?: number | undefined; reason?: string | undefined } = { from };
  const to = value.to;
  if (to !== undefined && to !== null) {
    const read = instantMs(to);
    if (read === undefined) return undefined;
    pause.to = read;
  } else if ("to" in value) pause.to = undefined;
  const reason = value.reason;
  if (reason !== undefined && reason !== null) {
    if (typeof reason !== "string" || reason.length > 500) return undefined;
    pause.reason = reason;
  } else if ("reason" in value) pause.reason = undefined;
  return pause;
}

/** `contactAttemptSchema`: `{ at, contact, outcome }`, strict. */
function readContactAttempt(value: unknown): unknown {
  if (!isPlainObject(value) || !hasOnlyKeys(value, ["at", "contact", "outcome"])) return undefined;
  const at = instantMs(value.at);
  const contact = readContactName(value.contact);
  const outcome = readOutcome(value.outcome);
  return at === undefined || contact === undefined || outcome === undefined
    ? undefined
    : { at, contact, outcome };
}

/** The fast reader of every case field, each the hand-written twin of its schema in `caseFieldSchemas`. */
export const fieldReaders = /* @__PURE__ */ (() =>
  ({
    plan: oneOf(planIds),
    priority: readPriority,
    openedAt: instantMs,
    region: oneOf(regionIds),
    billingCountry: readCountry,
    timeZone: readTimeZone,
    product: readProduct,
    termStart: readDate,
    holidays: readHolidays,
    businessDay: oneOf(businessDayReadings),
    respondedAt: instantMs,
    priorityHistory: listOf("priorityHistory", readPriorityChange),
    pauses: listOf("pauses", readPause),
    measureFrom: oneOf(measureFromOptions),
    atRiskThreshold: readShare,
    namedContacts: listOf("namedContacts", readContactName),
    contactAttempts: listOf("contactAttempts", readContactAttempt),
    continuousEngagement: readFlag,
    lowerTo: readPriority,
    japaneseNationalHolidays: readFlag,
    submitter: readContactName,
    now: instantMs,
  }) as const satisfies Record<SupportCaseKey, FieldReader>)();

/**
 * A copy of a value made only of primitives, for a schema the fast path does not know to parse:
 * the value itself when it is a primitive (a text within its bound), a new array of its entries
 * when it is a plain list of such primitives within `limit`; else `undefined`.
 */
export function primitiveCopy(value: unknown, limit: number): unknown {
  if (typeof value === "string") return isBoundedText(value) ? value : undefined;
  if (typeof value !== "object" || value === null) {
    return typeof value === "function" ? undefined : value;
  }
  const length = plainLength(value);
  if (length < 0 || length > limit) return undefined;
  const list = value as readonly unknown[];
  const copy: unknown[] = [];
  for (let i = 0; i < length; i++) {
    const entry = list[i];
    if (typeof entry === "object" || typeof entry === "function" || entry === undefined) {
      return undefined;
    }
    if (typeof entry === "string" && !isBoundedText(entry)) return undefined;
    copy.push(entry);
  }
  return copy;
}
