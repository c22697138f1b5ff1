/** The sentences several rules share: which table, region and zone a rule used and why, its regional hours and holidays, and whether an instant is inside them. */

import type { ClosedDates } from "../calendar/definition.js";
import { type RegionId, regions } from "../data/regions.js";
import { type Place, regionLabel } from "../place/place.js";
import type { RegionChoice, TableChoice, TimeZoneChoice } from "../place/resolve.js";
import { localText } from "./format.js";

/** The holidays given: how many dates, or `"predicate"` for a function. */
export function holidayCount(holidays: ClosedDates | undefined): number | "predicate" {
  return typeof holidays === "function" ? "predicate" : (holidays?.length ?? 0);
}

/** `, no holidays given` / `, 2 holiday dates closed` / `, holidays from the given function`. */
export function holidayText(holidays: ClosedDates | undefined): string {
  const count = holidayCount(holidays);
  if (count === "predicate") return ", holidays from the given function";
  if (count === 0) return ", no holidays given";
  return `, ${count} holiday date${count === 1 ? "" : "s"} closed`;
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
