/** Reading instants from every accepted form (ISO string with offset, Date, epoch ms, luxon DateTime, Temporal instants). */

import * as z from "zod/mini";
import { codeParams, describeThrown, issue, type SlaIssue } from "../errors.js";
import { once } from "../memo.js";
import { joinField } from "../validation.js";
import { type InstantProblem, parseIsoInstant } from "./iso-instant.js";
import { isInSupportedRange, SUPPORTED_RANGE } from "./range.js";

/**
 * An instant: an ISO 8601 string with `Z` or a UTC offset (`2026-11-20T16:50:00+01:00`), a `Date`,
 * epoch milliseconds, a luxon `DateTime`, a `Temporal.Instant` or `Temporal.ZonedDateTime` (or
 * any object with a numeric `epochMilliseconds`, see {@link TemporalInstantLike}). A string
 * without an offset is rejected, never read in the machine's zone. Every instant must fall inside
 * {@link SUPPORTED_RANGE}.
 *
 * @example
 * ```ts
 * import { isSlaInputError, responseDeadline } from "adobe-support-sla";
 * const p1 = { plan: "expert", priority: "P1" } as const;
 * responseDeadline({ ...p1, openedAt: "2026-11-21T04:00:00+01:00" }).dueAt //=> "2026-11-21T04:00:00.000Z"
 * responseDeadline({ ...p1, openedAt: new Date("2026-11-21T03:00:00Z") }).dueAt //=> "2026-11-21T04:00:00.000Z"
 * responseDeadline({ ...p1, openedAt: 1795230000000 }).dueAt //=> "2026-11-21T04:00:00.000Z"
 * responseDeadline({ ...p1, openedAt: { epochMilliseconds: 1795230000000 } }).dueAt //=> "2026-11-21T04:00:00.000Z"
 * try {
 *   responseDeadline({ ...p1, openedAt: "2026-11-21T04:00:00" });
 * } catch (error) {
 *   if (!isSlaInputError(error)) throw error;
 *   error.issues[0]?.code //=> "missing_offset"
 * }
 * ```
 * @category Types
 */
export type InstantInput = string | Date | number | LuxonDateTimeLike | TemporalInstantLike;

/**
 * A `Temporal.Instant` or `Temporal.ZonedDateTime` (native or from any polyfill), described by
 * the one member the library reads, so that accepting one needs no polyfill: at run time any
 * object whose `epochMilliseconds` is a whole number is read as that instant. A
 * `Temporal.PlainDateTime`, which has no zone, is rejected with a hint.
 *
 * @example
 * ```ts
 * import { responseDeadline, type TemporalInstantLike } from "adobe-support-sla";
 * // What Temporal.Instant.from("2026-11-21T03:00:00Z") holds:
 * const openedAt: TemporalInstantLike = { epochMilliseconds: 1795230000000 };
 * responseDeadline({ plan: "expert", priority: "P1", openedAt }).dueAt //=> "2026-11-21T04:00:00.000Z"
 * ```
 * @category Types
 */
export interface TemporalInstantLike {
  /** The instant in epoch milliseconds (a whole number). */
  readonly epochMilliseconds: number;
}

/**
 * A luxon `DateTime`, described by the members the library reads, so that accepting one needs no
 * import of luxon and works whichever copy of luxon the caller has. At run time a value counts as
 * a `DateTime` when it carries luxon's `isLuxonDateTime` marker, the same test as luxon's own
 * `DateTime.isDateTime`.
 *
 * @example
 * ```ts
 * import { type LuxonDateTimeLike, responseDeadline } from "adobe-support-sla";
 * import { DateTime } from "luxon";
 * const openedAt: LuxonDateTimeLike = DateTime.fromISO("2026-11-21T04:00:00", { zone: "Europe/Paris" });
 * responseDeadline({ plan: "expert", priority: "P1", openedAt }).dueAt //=> "2026-11-21T04:00:00.000Z"
 * ```
 * @category Types
 */
export interface LuxonDateTimeLike {
  /** `false` for an invalid `DateTime`, which is rejected with its `invalidReason`. */
  readonly isValid: boolean;
  /** Why the `DateTime` is invalid, or `null`. */
  readonly invalidReason: string | null;
  /** The instant in epoch milliseconds. */
  toMillis(): number;
}

/** True when `value` carries luxon's `isLuxonDateTime` marker (the read may throw: callers catch). */
function isLuxonDateTime(value: object): boolean {
  return (value as { isLuxonDateTime?: unknown }).isLuxonDateTime === true;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : typeof value;
}

const EXPECTED =
  "expected an ISO 8601 string with offset, a Date, epoch milliseconds, a luxon DateTime, a Temporal.Instant or Temporal.ZonedDateTime (or an object with a numeric epochMilliseconds)";

/** The `Symbol.toStringTag` of an object (`"Temporal.Instant"`), or `undefined` (the read may throw: callers catch). */
export function toStringTagOf(value: object): string | undefined {
  const tag: unknown = (value as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag];
  return typeof tag === "string" ? tag : undefined;
}

/** Epoch milliseconds of a Temporal instant (or any object with `epochMilliseconds`), or the problem. */
function temporalMillis(value: TemporalInstantLike): number | InstantProblem {
  const millis: unknown = value.epochMilliseconds;
  if (typeof millis !== "number" || !Number.isInteger(millis)) {
    return {
      code: "invalid_type",
      text: `has an \`epochMilliseconds\` that is not a whole number (${describe(millis)}); ${EXPECTED}`,
    };
  }
  return millis;
}

/** Temporal types that hold no instant, with what to do instead. */
const zonelessTemporal: Readonly<Record<string, string>> = {
  "Temporal.PlainDateTime":
    "a Temporal.PlainDateTime has no time zone: convert it with .toZonedDateTime(zone)",
  "Temporal.PlainDate": "a Temporal.PlainDate is a date, not an instant",
  "Temporal.PlainTime": "a Temporal.PlainTime is a time of day, not an instant",
};

/**
 * The time of a real `Date`, read from the date itself: `undefined` for anything else, including
 * an object made with `Object.create(Date.prototype)` and a proxy of a `Date` (neither holds a
 * date). A `getTime` the caller replaced on one `Date` is not called. Works for a `Date` from
 * another realm too.
 */
function dateTime(value: object): number | undefined {
  try {
    return Date.prototype.getTime.call(value);
  } catch {
    return undefined;
  }
}

/** Epoch milliseconds of a luxon `DateTime` (or anything carrying its marker), or the problem. */
function luxonMillis(value: LuxonDateTimeLike): number | InstantProblem {
  if (!value.isValid) {
    return {
      code: "invalid_date",
      text: `is an invalid luxon DateTime (${String(value.invalidReason ?? "unknown reason").slice(0, 200)})`,
    };
  }
  if (typeof value.toMillis !== "function") {
    return {
      code: "invalid_type",
      text: `has luxon's \`isLuxonDateTime\` marker but no \`toMillis()\`; ${EXPECTED}`,
    };
  }
  const millis: unknown = value.toMillis();
  if (typeof millis !== "number" || !Number.isInteger(millis)) {
    return {
      code: "invalid_date",
      text: "is a luxon DateTime whose milliseconds are not a whole number",
    };
  }
  return millis;
}

/** Why an object that is not an accepted instant was refused, naming the look-alikes. */
function lookAlike(value: object): InstantProblem {
  const has = (key: string) => key in value;
  if (value instanceof Date) {
    return {
      code: "invalid_type",
      text: `is an object made from \`Date.prototype\` that holds no date (such as \`Object.create(Date.prototype)\`); ${EXPECTED}`,
    };
  }
  const tag = toStringTagOf(value);
  if (tag !== undefined && Object.hasOwn(zonelessTemporal, tag)) {
    return {
      code: "invalid_type",
      text: `is not an instant: ${zonelessTemporal[tag]}; ${EXPECTED}`,
    };
  }
  if (has("getTime")) {
    return {
      code: "invalid_type",
      text: `has a \`getTime\` but is not a Date; ${EXPECTED}`,
    };
  }
  return { code: "invalid_type", text: `${EXPECTED}; got ${describe(value)}` };
}

/** Epoch milliseconds of a `Date`, luxon `DateTime`, Temporal instant or other object, or the problem with it. */
function readObjectInstant(value: object): number | InstantProblem {
  const time = dateTime(value);
  if (time !== undefined) {
    return Number.isNaN(time) ? { code: "invalid_date", text: "is an invalid Date" } : time;
  }
  if (isLuxonDateTime(value)) return luxonMillis(value as LuxonDateTimeLike);
  // Temporal.Instant and Temporal.ZonedDateTime, native or polyfilled: recognised by the member
  // they share, not by class, so no polyfill is imported.
  if ("epochMilliseconds" in value) return temporalMillis(value as TemporalInstantLike);
  return lookAlike(value);
}

/**
 * Epoch milliseconds of any accepted instant form, or the problem with it (range included).
 * Never throws: a value whose reading throws (a getter, a proxy, a `toMillis()` that throws) is
 * the problem `unreadable_input`. `-0` is read as `0`.
 */
export function readInstant(value: unknown): number | InstantProblem {
  let epochMs: number;
  if (typeof value === "string") {
    const parsed = parseIsoInstant(value);
    if (typeof parsed !== "number") return parsed;
    epochMs = parsed;
  } else if (typeof value === "number") {
    if (Number.isNaN(value))
      return { code: "invalid_date", text: "is NaN; expected epoch milliseconds" };
    if (!Number.isFinite(value))
      return { code: "invalid_date", text: `is ${value}; expected epoch milliseconds` };
    if (!Number.isInteger(value)) {
      return {
        code: "invalid_date",
        text: `is ${value}; expected a whole number of epoch milliseconds`,
      };
    }
    epochMs = value;
  } else if (typeof value === "object" && value !== null) {
    let read: number | InstantProblem;
    try {
      read = readObjectInstant(value);
    } catch (error) {
      return { code: "unreadable_input", text: `could not be read: ${describeThrown(error)}` };
    }
    if (typeof read !== "number") return read;
    epochMs = read;
  } else {
    return { code: "invalid_type", text: `${EXPECTED}; got ${describe(value)}` };
  }
  if (!isInSupportedRange(epochMs)) {
    return {
      code: "out_of_range",
      text: `is outside the supported range ${SUPPORTED_RANGE.from} to ${SUPPORTED_RANGE.until} (exclusive)`,
    };
  }
  // `-0` passes the range check; no result carries it.
  return epochMs === 0 ? 0 : epochMs;
}

/**
 * Epoch milliseconds of any accepted instant form, or `undefined`: the output of
 * {@link instantSchema} for every value it accepts, without zod (the fast path of every input
 * that holds an instant). Never throws.
 */
export function instantMs(value: unknown): number | undefined {
  const read = readInstant(value);
  return typeof read === "number" ? read : undefined;
}

/** A zod schema that reads any accepted instant form into epoch milliseconds (built on first use). */
export const instantSchema = /* @__PURE__ */ once(() =>
  z.pipe(
    z.any(),
    z.transform((value: unknown, ctx): number => {
      if (value === undefined) {
        ctx.issues.push({ code: "custom", message: EXPECTED, input: value });
        return z.NEVER;
      }
      const read = readInstant(value);
      if (typeof read === "number") return read;
      ctx.issues.push({
        code: "custom",
        message: read.text,
        params: codeParams(read.code),
        input: value,
      });
      return z.NEVER;
    }),
  ),
);

/**
 * @internal What `parseInput(instantSchema, value, path)` gives, without the zod layer around
 * {@link readInstant} (which costs five times the read itself): the epoch ms, or the same issue
 * (path, code and message). For bulk validation of present values (a report's timestamps);
 * a property test keeps the two in agreement.
 */
export function instantVerdict(
  value: unknown,
  path: readonly (string | number)[],
):
  | { readonly value: number; readonly issue?: undefined }
  | { readonly value?: undefined; readonly issue: SlaIssue } {
  const read = readInstant(value);
  if (typeof read === "number") return { value: read };
  return { issue: issue([...path], read.code, joinField(path, read.text)) };
}
