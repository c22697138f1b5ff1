/** The instants and durations the business-time functions take: their schemas, and a fast check of each that skips zod when the value is well formed. */

import * as z from "zod/mini";
import { once } from "../memo.js";
import { instantMs, instantSchema } from "../time/instant.js";
import { parseInput } from "../validation.js";

/** The most business time `addBusinessTime` adds: the length of the supported range. */
const MAX_DURATION_MS = 7_258_118_400_000;

const durationError = "expected a whole, non-negative number of milliseconds";

/** The input of `isOpen` and `nextOpening`: `{ at }`. */
export const atSchema = /* @__PURE__ */ once(() => z.strictObject({ at: instantSchema() }));

/** The input of `businessTimeBetween`: `{ from, to }`. */
export const betweenSchema = /* @__PURE__ */ once(() =>
  z.strictObject({ from: instantSchema(), to: instantSchema() }),
);

/** The input of `addBusinessTime`: `{ start, durationMs }`. */
export const addSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    start: instantSchema(),
    durationMs: z
      .number({ error: durationError })
      .check(
        z.int({ error: durationError }),
        z.minimum(0, { error: durationError }),
        z.maximum(MAX_DURATION_MS, { error: "is longer than the supported range" }),
      ),
  }),
);

/** True when `addSchema` accepts `value` as `durationMs` (its output is then `value` itself). */
export function isDurationMs(value: unknown): value is number {
  return (
    typeof value === "number" &&
    Number.isSafeInteger(value) &&
    value >= 0 &&
    value <= MAX_DURATION_MS
  );
}

/** The instant of `isOpen` and `nextOpening`: read by hand when well formed, else parsed (the error). */
export function readAt(at: unknown): number {
  return instantMs(at) ?? parseInput(atSchema(), { at }).at;
}

/** The span of `businessTimeBetween`, as {@link readAt} reads one instant. */
export function readBetween(from: unknown, to: unknown): { from: number; to: number } {
  const fromMs = instantMs(from);
  const toMs = instantMs(to);
  return fromMs !== undefined && toMs !== undefined
    ? { from: fromMs, to: toMs }
    : parseInput(betweenSchema(), { from, to });
}

/** The start and duration of `addBusinessTime`, as {@link readAt} reads one instant. */
export function readAdd(
  start: unknown,
  durationMs: unknown,
): { start: number; durationMs: number } {
  const startMs = instantMs(start);
  return startMs !== undefined && isDurationMs(durationMs)
    ? { start: startMs, durationMs }
    : parseInput(addSchema(), { start, durationMs });
}
