/** Renderings of instants and durations for results and explanations: UTC and local ISO strings, local times with zone abbreviations, durations, days. */

import {
  formatIsoInstant,
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

/** `Mon 2026-11-23 09:20 CET`: an instant as wall time in a zone, with the zone's abbreviation. */
export function localText(epochMs: number, rules: ZoneRules): string {
  const offsetMs = rules.offsetAt(epochMs);
  return `${formatWall(epochMs, offsetMs)} ${rules.abbreviation(epochMs, offsetMs)}`;
}

/** `2026-11-23T09:20:00.000+01:00`: an instant as ISO 8601 with the zone's offset. */
export function localIso(epochMs: number, rules: ZoneRules): string {
  return formatIsoInstant(epochMs, rules.offsetAt(epochMs));
}

/** `2026-11-23T08:20:00.000Z`: an instant as ISO 8601 UTC with milliseconds. */
export function utcIso(epochMs: number): string {
  return formatIsoInstant(epochMs, 0, true);
}

/** `Mon 2026-11-23` for a local date (days since 1970-01-01). */
export function formatDay(day: number): string {
  return `${weekdayShort(isoWeekday(day))} ${isoDateOfDays(day)}`;
}
