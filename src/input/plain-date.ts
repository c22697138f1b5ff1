/** Reads a calendar date given as a `Temporal.PlainDate` (native or polyfilled) without importing Temporal. */

import { parseIsoDate } from "../time/civil.js";

/**
 * A `Temporal.PlainDate`, described by the members the library reads: at run time a value counts
 * as one when its `Symbol.toStringTag` is `"Temporal.PlainDate"`, or when it has numeric `year`,
 * `month` and `day` and its `toString()` starts with a `YYYY-MM-DD` date. The date read is the ISO
 * date `toString()` writes (a calendar annotation such as `[u-ca=japanese]` is ignored).
 *
 * @example
 * ```ts
 * import { type PlainDateLike, responseDeadline } from "adobe-support-sla";
 * // What Temporal.PlainDate.from("2026-11-03") holds:
 * const culture: PlainDateLike = { year: 2026, month: 11, day: 3, toString: () => "2026-11-03" };
 * const request = { plan: "expert", priority: "P3", billingCountry: "JP", openedAt: "2026-11-02T16:00:00+09:00" } as const;
 * responseDeadline({ ...request, holidays: [culture] }).dueAt //=> "2026-11-04T03:00:00.000Z"
 * ```
 * @category Types
 */
export interface PlainDateLike {
  /** The year (read only to recognise the object). */
  readonly year: number;
  /** The month, 1-12 (read only to recognise the object). */
  readonly month: number;
  /** The day of the month (read only to recognise the object). */
  readonly day: number;
  /** `YYYY-MM-DD`, possibly followed by a calendar annotation. */
  toString(): string;
}

const DATE_PREFIX = /^(\d{4}-\d{2}-\d{2})(?:\[[^\]]*\])*$/;

/**
 * The `YYYY-MM-DD` date of a `Temporal.PlainDate`-like object; `undefined` for anything else.
 * Reads `Symbol.toStringTag`, `year`, `month`, `day` and calls `toString()`: the caller catches
 * a read that throws.
 */
export function plainDateText(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const candidate = value as Partial<PlainDateLike> & { [Symbol.toStringTag]?: unknown };
  const tagged = candidate[Symbol.toStringTag] === "Temporal.PlainDate";
  if (
    !tagged &&
    !(
      typeof candidate.year === "number" &&
      typeof candidate.month === "number" &&
      typeof candidate.day === "number"
    )
  ) {
    return undefined;
  }
  if (typeof candidate.toString !== "function") return undefined;
  const text: unknown = candidate.toString();
  if (typeof text !== "string") return undefined;
  const date = DATE_PREFIX.exec(text)?.[1];
  return date !== undefined && parseIsoDate(date) !== undefined ? date : undefined;
}
