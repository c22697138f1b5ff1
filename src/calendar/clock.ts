/** The clock a response target runs on (absolute time or a calendar's business time), and the pauses that stop it. */

import { SUPPORTED_UNTIL_MS } from "../time/range.js";
import { type BusinessCalendar, beyondRange } from "./calendar.js";
import { addBusinessTimeAt, businessTimeBetweenAt } from "./query.js";

/** The clock a target runs on: measure and add, in milliseconds. */
export interface Clock {
  measure(a: number, b: number): number;
  add(a: number, duration: number): number;
}

/** Absolute time: the clock of 24x7 targets. */
const elapsedClock: Clock = {
  measure: (a, b) => Math.max(0, b - a),
  add: (a, duration) => {
    const t = a + duration;
    if (t >= SUPPORTED_UNTIL_MS) throw beyondRange();
    return t;
  },
};

const businessClocks = /* @__PURE__ */ new WeakMap<BusinessCalendar, Clock>();

/** The clock of a calendar (one per calendar, shared), or absolute time for `null`. */
export function clockFor(calendar: BusinessCalendar | null): Clock {
  if (calendar === null) return elapsedClock;
  let clock = businessClocks.get(calendar);
  if (clock === undefined) {
    clock = {
      measure: (a, b) => Math.max(0, businessTimeBetweenAt(calendar, a, b)),
      add: (a, duration) => addBusinessTimeAt(calendar, a, duration),
    };
    businessClocks.set(calendar, clock);
  }
  return clock;
}

/** A pause after merging overlaps; an ongoing one ends at `now`. */
export interface MergedPause {
  from: number;
  to: number;
  ongoing: boolean;
  reason: string | null;
}

/**
 * The pauses of a case as the clock sees them: an ongoing one (no `to`) ends at `now`, empty
 * ones dropped, overlaps merged (their reasons joined), in order.
 */
export function mergePauses(
  pauses: readonly { from: number; to?: number | undefined; reason?: string | undefined }[],
  now: number,
): MergedPause[] {
  const list = pauses
    .map((p) => ({
      from: p.from,
      to: p.to ?? now,
      ongoing: p.to === undefined,
      reason: p.reason ?? null,
    }))
    .filter((p) => p.to > p.from)
    .sort((a, b) => a.from - b.from);
  const merged: typeof list = [];
  for (const pause of list) {
    const last = merged[merged.length - 1];
    if (last && pause.from <= last.to) {
      last.to = Math.max(last.to, pause.to);
      last.ongoing ||= pause.ongoing;
      last.reason = [last.reason, pause.reason].filter(Boolean).join("; ") || null;
    } else merged.push({ ...pause });
  }
  return merged;
}

/** The earliest instant at which `target` of clock time has run since `start`, skipping the pauses. */
export function addSkippingPauses(
  clock: Clock,
  start: number,
  target: number,
  pauses: readonly { from: number; to: number }[],
): number {
  let remaining = target;
  let cursor = start;
  for (const pause of pauses) {
    if (pause.to <= cursor) continue;
    if (pause.from > cursor) {
      const available = clock.measure(cursor, pause.from);
      if (available >= remaining) return clock.add(cursor, remaining);
      remaining -= available;
    }
    cursor = pause.to;
  }
  return clock.add(cursor, remaining);
}

/** Clock time inside the pauses within `[a, b)`. */
export function pausedWithin(
  clock: Clock,
  a: number,
  b: number,
  pauses: readonly { from: number; to: number }[],
): number {
  let total = 0;
  for (const pause of pauses) {
    const from = Math.max(a, pause.from);
    const to = Math.min(b, pause.to);
    if (to > from) total += clock.measure(from, to);
  }
  return total;
}
