/** Human-readable renderings used in explanations: durations, local times with zone abbreviations. */

import {
  formatWall,
  isoDateOfDays,
  isoWeekday,
  MS_PER_HOUR,
  MS_PER_MINUTE,
  weekdayShort,
} from "../time/civil.js";
import type { ZoneRules } from "../time/zone.js";

/** `10 min`, `1 h 30 min`, `2 h`, `45 s`, `250 ms` ... */
export function formatDuration(ms: number): string {
  if (ms === 0) return "0 min";
  const parts: string[] = [];
  const hours = Math.floor(ms / MS_PER_HOUR);
  const minutes = Math.floor((ms % MS_PER_HOUR) / MS_PER_MINUTE);
  const seconds = Math.floor((ms % MS_PER_MINUTE) / 1000);
  const millis = ms % 1000;
  if (hours > 0) parts.push(`${hours} h`);
  if (minutes > 0) parts.push(`${minutes} min`);
  if (seconds > 0) parts.push(`${seconds} s`);
  if (millis > 0) parts.push(`${millis} ms`);
  return parts.join(" ");
}

/** `Mon 2026-11-23 09:20 CET`. */
export function formatLocal(epochMs: number, offsetMs: number, rules: ZoneRules): string {
  return `${formatWall(epochMs, offsetMs)} ${rules.abbreviation(epochMs, offsetMs)}`;
}

/** `Mon 2026-11-23` for a local date (days since 1970-01-01). */
export function formatDay(day: number): string {
  return `${weekdayShort(isoWeekday(day))} ${isoDateOfDays(day)}`;
}
