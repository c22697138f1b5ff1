/** The sentences several rules share: which table, region and zone a rule used and why, its regional hours and holidays, and whether an instant is inside them. */

import type { BusinessCalendar } from "../calendar/calendar.js";
import { type ClosedPart, closedPartsBetween } from "../calendar/closed-parts.js";
import type { ClosedDates } from "../calendar/definition.js";
import { type RegionId, regions } from "../data/regions.js";
import { type Place, regionLabel } from "../place/place.js";
import type { RegionChoice, TableChoice, TimeZoneChoice } from "../place/resolve.js";
import { formatTimeOfDay, MS_PER_MINUTE } from "../time/civil.js";
import { formatDay, localText } from "./format.js";

/** The holidays given: how many dates, or `"predicate"` for a function. */
export function holidayCount(holidays: ClosedDates | undefined): number | "predicate" {
  return typeof holidays === "function" ? "predicate" : (holidays?.length ?? 0);
}

/**
 * `, no holidays given` / `, 2 holiday dates closed` / `, 3 holiday entries closed` (a list with
 * named dates, parts of days or yearly rules) / `, holidays from the given function`.
 */
export function holidayText(holidays: ClosedDates | undefined): string {
  const count = holidayCount(holidays);
  if (count === "predicate") return ", holidays from the given function";
  if (count === 0) return ", no holidays given";
  const list = holidays as readonly unknown[];
  const kind = list.every((entry) => typeof entry === "string") ? "date" : "entry";
  const plural = count === 1 ? kind : kind === "date" ? "dates" : "entries";
  return `, ${count} holiday ${plural} closed`;
}

/** At most this many closures are named in one sentence; the rest are counted. */
const MAX_NAMED_CLOSURES = 8;

/** Wall times of a part of a day as `13:00-17:00`. */
function wallSpan(fromMs: number, toMs: number): string {
  return `${formatTimeOfDay(Math.floor(fromMs / MS_PER_MINUTE))}-${formatTimeOfDay(Math.floor(toMs / MS_PER_MINUTE))}`;
}

/** `Thu 2026-12-24 13:00-17:00 (Christmas Eve)`, `Fri 2026-12-25 (a given holiday)`. */
export function closedPartText(closed: ClosedPart): string {
  const part =
    closed.part === undefined
      ? ""
      : ` ${wallSpan(closed.part.fromMs, closed.part.toMs)}${closed.part.timeZone === undefined ? "" : ` ${closed.part.timeZone}`}`;
  const why =
    closed.name ?? (closed.byFunction ? "closed by the holidays function" : "a given holiday");
  return `${formatDay(closed.day)}${part} (${why})`;
}

/**
 * `closed on the way: Thu 2026-12-24 13:00-17:00 (Christmas Eve), Fri 2026-12-25 (Christmas
 * Day)`: the holidays that took open time away between `a` and `b`; `undefined` when none did.
 */
export function closuresStep(calendar: BusinessCalendar, a: number, b: number): string | undefined {
  const closed = closedPartsBetween(calendar, a, b);
  if (closed.length === 0) return undefined;
  const named = closed.slice(0, MAX_NAMED_CLOSURES).map(closedPartText);
  const more = closed.length - named.length;
  return `closed on the way: ${named.join(", ")}${more > 0 ? `, and ${more} more` : ""}`;
}

/** `; closed: Fri 2026-12-25 (Christmas Day)` when `at` falls in a closure, else `""`. */
export function closedAtText(calendar: BusinessCalendar, at: number): string {
  const closed = closedPartsBetween(calendar, at, at + 1);
  return closed.length === 0 ? "" : `; closed: ${closed.map(closedPartText).join(", ")}`;
}

/** `09:00-17:00 Mon-Fri in Europe/Paris`: a region's weekly hours, read in a zone. */
export function weeklyHours(region: RegionId, zoneId: string): string {
  const { opens, closes } = regions[region];
  return `${opens}-${closes} Mon-Fri in ${zoneId}`;
}

/** `P2 target: 2 hours of business time (Expert Support table: plan is expert)`. */
export function tableStep(priority: string, target: string, table: TableChoice): string {
  return `${priority} target: ${target} (${table.name} table: ${table.reason})`;
}

/** `region EMEA (billing country FR (France) is in EMEA)`. */
export function regionStep(region: RegionChoice): string {
  return `region ${regionLabel(region.id)} (${region.reason})`;
}

/** `times shown in Europe/London (why)`. */
export function zoneStep(zone: TimeZoneChoice): string {
  return `times shown in ${zone.id} (${zone.reason})`;
}

/** `hours 09:00-17:00 Mon-Fri in Europe/Paris (why), no holidays given`. */
export function hoursStep(place: Place, holidays: ClosedDates | undefined): string {
  const region = place.region as RegionChoice;
  return `hours ${weeklyHours(region.id, place.zone.id)} (${place.zone.reason})${holidayText(holidays)}`;
}

/**
 * The steps that say where a rule's clock runs. On a 24x7 clock: the region when there is one
 * (`not needed for <notNeededFor>`), then the zone times are shown in. In business hours: the
 * region, then its hours with the holidays.
 */
export function clockSteps(
  place: Place,
  clock: "24x7" | "business",
  holidays: ClosedDates | undefined,
  notNeededFor: string,
): string[] {
  if (clock === "business") {
    return [regionStep(place.region as RegionChoice), hoursStep(place, holidays)];
  }
  const steps = place.region ? [`${regionStep(place.region)}; not needed for ${notNeededFor}`] : [];
  steps.push(zoneStep(place.zone));
  return steps;
}

/** `opened Mon 2026-11-23 08:00 CET, outside EMEA hours`: an instant against the regional hours. */
export function hoursVerdict(subject: string, at: number, place: Place, open: boolean): string {
  const label = regionLabel((place.region as RegionChoice).id);
  return `${subject} ${localText(at, place.rules)}, ${open ? "inside" : "outside"} ${label} hours`;
}
