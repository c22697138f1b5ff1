/** The readable steps of a response deadline: target and table, region, zone, hours, clock start, business time by day, due. */

import { businessTimeByDay, isOpenAt } from "../calendar/query.js";
import type { ResponseTarget } from "../data/plans.js";
import type { BusinessDayReading } from "../input/options.js";
import type { DeadlineCore } from "../rules/response-deadline.js";
import { formatDay, formatDuration, localText } from "./format.js";
import { clockSteps, closedAtText, closuresStep, hoursVerdict, tableStep } from "./sentences.js";

/** `30 minutes of business time`, `1 hour, 24x7`, `1 business day (end of the next business day)`. */
export function describeTarget(target: ResponseTarget, reading: BusinessDayReading): string {
  if (target.unit === "business-day") {
    return reading === "full-business-day"
      ? "1 business day (one full business day of business time)"
      : "1 business day (end of the next business day)";
  }
  const unit = target.amount === 1 ? target.unit.slice(0, -1) : target.unit;
  return `${target.amount} ${unit}${target.clock === "24x7" ? ", 24x7" : " of business time"}`;
}

/** The steps of a computed deadline, in order; `target` is its {@link describeTarget} text. */
export function deadlineSteps(core: DeadlineCore, target: string): string[] {
  const { parsed, table, place, calendar, milliseconds, clockStart, due } = core;
  const opened = parsed.openedAt;
  const clock = calendar === null ? "24x7" : "business";
  const steps = [
    tableStep(parsed.priority, target, table),
    ...clockSteps(place, clock, parsed.holidays, "a 24x7 target"),
  ];
  if (calendar === null) {
    steps.push(`opened ${localText(opened, place.rules)}; the clock runs 24x7 from the opening`);
    steps.push(`${formatDuration(milliseconds)} of elapsed time`);
  } else {
    const open = isOpenAt(calendar, opened);
    const verdict = hoursVerdict("opened", opened, place, open);
    steps.push(
      open
        ? verdict
        : `${verdict}${closedAtText(calendar, opened)}; the clock starts ${localText(clockStart, place.rules)}`,
    );
    steps.push(describeDays(businessTimeByDay(calendar, clockStart, due)));
    const closed = closuresStep(calendar, clockStart, due);
    if (closed !== undefined) steps.push(closed);
  }
  steps.push(`due ${localText(due, place.rules)}`);
  return steps;
}

/** `10 min on Fri 2026-11-20, 20 min on Mon 2026-11-23`, shortened in the middle for long targets. */
function describeDays(days: readonly { day: number; ms: number }[]): string {
  const part = (d: { day: number; ms: number }) => `${formatDuration(d.ms)} on ${formatDay(d.day)}`;
  if (days.length === 0) return "no business time needed";
  if (days.length <= 6) return days.map(part).join(", ");
  const middle = days.slice(2, -2);
  const middleMs = middle.reduce((sum, d) => sum + d.ms, 0);
  return [
    ...days.slice(0, 2).map(part),
    `${formatDuration(middleMs)} over ${middle.length} more business days`,
    ...days.slice(-2).map(part),
  ].join(", ");
}
