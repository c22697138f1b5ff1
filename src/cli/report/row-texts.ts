/** `report`'s short texts of a row: `remaining` (`+1h 20m`) and `reason` (`pending: 25 min left (17% used)`), remembered across rows. */

import type { SlaState } from "../library.js";

/**
 * `+1h 20m`, `-2h 05m`: the sign, hours and two-digit minutes of target clock time; overdue rounds
 * up to the minute. `late` (deadline passed) signs zero as `-0h 00m`: a deadline that passed
 * outside business hours has used no business time since.
 *
 * @example
 * ```ts
 * formatRemaining(80 * 60_000) //=> "+1h 20m"
 * ```
 */
export function formatRemaining(ms: number, late = ms < 0): string {
  const minutes = ms >= 0 ? Math.floor(ms / 60_000) : Math.ceil(-ms / 60_000);
  const m = minutes % 60;
  return `${late ? "-" : "+"}${(minutes - m) / 60}h ${m < 10 ? "0" : ""}${m}m`;
}

/** `1 h 20 min`, `45 min`, `2 h` from whole minutes. */
function minutesText(minutes: number): string {
  const m = minutes % 60;
  const h = (minutes - m) / 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** Wall-clock minutes: `minutesText`, or `3 days 4 h` from two days on. */
export function wallText(minutes: number): string {
  if (minutes < 2880) return minutesText(minutes);
  const hours = Math.floor(minutes / 60);
  return `${Math.floor(hours / 24)} days ${hours % 24} h`;
}

/**
 * The short reason of a computed row. Against the deadline (met, met-late, breached): wall-clock
 * time between `due_at` and the response or `--now`. Time left (pending, at-risk): target clock
 * time, like `remaining`.
 */
function reasonFor(
  state: SlaState,
  remainingMs: number,
  percentUsed: number,
  dueMinusAt: number,
): string {
  switch (state) {
    case "pending":
    case "at-risk":
      return `${state}: ${minutesText(Math.floor(remainingMs / 60_000))} left (${percentUsed}% used)`;
    case "met":
      return `met: responded ${wallText(Math.floor(dueMinusAt / 60_000))} before the deadline`;
    case "met-late":
      return `met-late: responded ${wallText(Math.ceil(-dueMinusAt / 60_000))} after the deadline`;
    default:
      return `breached: ${wallText(Math.ceil(-dueMinusAt / 60_000))} overdue`;
  }
}

/** At most this many texts are remembered per memo of `reason` and `remaining` texts. */
const TEXT_CACHE_LIMIT = 16_384;

/** A memo of texts by a number that determines them (clearing it costs only time). */
class TextCache {
  private readonly texts = new Map<number, string>();

  get(key: number): string | undefined {
    return this.texts.get(key);
  }

  set(key: number, text: string): string {
    if (this.texts.size >= TEXT_CACHE_LIMIT) this.texts.clear();
    this.texts.set(key, text);
    return text;
  }
}

/** The texts of computed rows, remembered by the numbers that determine them (one per report). */
export class RowTexts {
  /** `remaining` texts by whole minutes (negative keys: late). */
  private readonly remainingTexts = new TextCache();
  /** Reasons against the deadline (met, met-late, breached) by wall-clock minutes and state. */
  private readonly deadlineReasons = new TextCache();
  /** Reasons with time left (pending, at-risk) by minutes left, percentage used and state. */
  private readonly timeLeftReasons = new TextCache();

  /** `formatRemaining(ms, late)`, remembered by its minutes. */
  remaining(ms: number, late: boolean): string {
    const minutes = ms >= 0 ? Math.floor(ms / 60_000) : Math.ceil(-ms / 60_000);
    const key = late ? -1 - minutes : minutes;
    return this.remainingTexts.get(key) ?? this.remainingTexts.set(key, formatRemaining(ms, late));
  }

  /** The reason of a computed row, remembered for the states whose reason depends on minutes only. */
  reason(state: SlaState, remainingMs: number, percentUsed: number, dueMinusAt: number): string {
    let key: number;
    if (state === "met") key = Math.floor(dueMinusAt / 60_000) * 4;
    else if (state === "met-late") key = Math.ceil(-dueMinusAt / 60_000) * 4 + 1;
    else if (state === "breached") key = Math.ceil(-dueMinusAt / 60_000) * 4 + 2;
    else {
      // pending, at-risk: whole minutes left and the percentage (two decimals) decide the text.
      const minutes = Math.floor(remainingMs / 60_000);
      const hundredths = Math.round(percentUsed * 100);
      key = (minutes * 10_001 + hundredths) * 4 + (state === "at-risk" ? 3 : 0);
      if (minutes < 0 || hundredths < 0 || hundredths > 10_000 || !Number.isSafeInteger(key)) {
        return reasonFor(state, remainingMs, percentUsed, dueMinusAt);
      }
      return (
        this.timeLeftReasons.get(key) ??
        this.timeLeftReasons.set(key, reasonFor(state, remainingMs, percentUsed, dueMinusAt))
      );
    }
    return (
      this.deadlineReasons.get(key) ??
      this.deadlineReasons.set(key, reasonFor(state, remainingMs, percentUsed, dueMinusAt))
    );
  }
}
