/** The rules of the Act on National Holidays applied to one year: the yearly holidays, the one-offs, then the substitute and citizens' holidays, each with its reason. */

import { daysFromCivil, isoDateOfDays, isoWeekday, parseIsoDate } from "../time/civil.js";
import { equinoxDay } from "./equinox.js";
import type { JapaneseHoliday, JapaneseHolidayKind } from "./japan.js";
import {
  derivedRuleDates,
  holidayNames,
  type JapaneseHolidayId,
  LAST_ANNOUNCED_EQUINOX_YEAR,
  type MovedHoliday,
  movedHolidays,
  oneOffHolidays,
  type YearlyHolidayRule,
  yearlyHolidayRules,
} from "./japan-law.js";

/** A holiday being worked out: its day count from 1970-01-01 and what the rules say of it. */
interface Draft {
  readonly day: number;
  readonly id: JapaneseHolidayId;
  readonly kind: JapaneseHolidayKind;
  readonly predicted: boolean;
  /** Whether it counts as a national holiday for the substitute and citizens' rules. */
  readonly counts: boolean;
  readonly reason: string;
  readonly substituteFor: number | null;
}

const SUNDAY = 7;
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;
const ORDINALS = ["first", "second", "third", "fourth", "fifth"] as const;

const monthName = (month: number): string => MONTHS[month - 1] ?? String(month);
const label = (id: JapaneseHolidayId): string => `${holidayNames[id].en} (${holidayNames[id].ja})`;
const weekdayDate = (day: number): string =>
  `${isoWeekday(day) === SUNDAY ? "Sunday " : ""}${isoDateOfDays(day)}`;

/** The sentences of `reason`, all in one place. */
const reasons = {
  fixed: (id: JapaneseHolidayId, month: number, day: number) =>
    `${label(id)}: a national holiday on ${monthName(month)} ${day} under the Act on National Holidays`,
  monday: (id: JapaneseHolidayId, month: number, nth: number) =>
    `${label(id)}: a national holiday on the ${ORDINALS[nth - 1]} Monday of ${monthName(month)} under the Act on National Holidays`,
  moved: (moved: MovedHoliday) =>
    `${label(moved.id)}: a national holiday, moved to ${monthName(moved.month)} ${moved.day} in ${moved.year} ${moved.why}`,
  equinox: (id: JapaneseHolidayId, which: "vernal" | "autumnal") =>
    `${label(id)}: a national holiday on the day of the ${which} equinox in Japan, as announced in the official gazette`,
  predictedEquinox: (id: JapaneseHolidayId, which: "vernal" | "autumnal") =>
    `${label(id)}: a national holiday on the day of the ${which} equinox in Japan; the equinox date after ${LAST_ANNOUNCED_EQUINOX_YEAR} is a prediction: it is announced in February of the year before`,
  oneOff: (id: JapaneseHolidayId, counts: boolean) =>
    `${label(id)}: a one-off day off set by its own law${counts ? ", which counts it as a national holiday" : ""}`,
  substitute: (sunday: Draft, nextFreeDay: boolean) =>
    `${label("substitute-holiday")}: ${label(sunday.id)} fell on ${weekdayDate(sunday.day)}, and a national holiday on a Sunday makes ${nextFreeDay ? "the next day that is not a national holiday" : "the next day"} a holiday`,
  citizens: (before: Draft, after: Draft) =>
    `${label("citizens-holiday")}: a day between two national holidays, ${label(before.id)} and ${label(after.id)}, is a holiday`,
  predictedSuffix: `; it follows from an equinox date after ${LAST_ANNOUNCED_EQUINOX_YEAR}, which is a prediction until announced`,
} as const;

/** Day count of a date the law gives as `YYYY-MM-DD` (always a valid date). */
const lawDay = (text: string): number => parseIsoDate(text) ?? Number.NaN;
const SUBSTITUTE_FROM = /* @__PURE__ */ (() => lawDay(derivedRuleDates.substituteFrom))();
const SUBSTITUTE_NEXT_FREE_FROM = /* @__PURE__ */ (() =>
  lawDay(derivedRuleDates.substituteNextFreeDayFrom))();
const CITIZENS_FROM = /* @__PURE__ */ (() => lawDay(derivedRuleDates.citizensFrom))();
const CITIZENS_ANY_DAY_FROM = /* @__PURE__ */ (() => lawDay(derivedRuleDates.citizensAnyDayFrom))();

/** Day count of the nth Monday (1-based) of a month. */
function nthMonday(year: number, month: number, nth: number): number {
  const first = daysFromCivil(year, month, 1);
  return first + ((8 - isoWeekday(first)) % 7) + 7 * (nth - 1);
}

/** The yearly rule's holiday in `year` (moved when a special law moved it that year). */
function yearlyDraft(rule: YearlyHolidayRule, year: number): Draft {
  const base = { id: rule.id, kind: "national", counts: true, substituteFor: null } as const;
  const moved = movedHolidays.find((m) => m.year === year && m.id === rule.id);
  if (moved !== undefined) {
    const day = daysFromCivil(year, moved.month, moved.day);
    return { ...base, day, predicted: false, reason: reasons.moved(moved) };
  }
  const on = rule.on;
  if ("equinox" in on) {
    const month = on.equinox === "vernal" ? 3 : 9;
    const day = daysFromCivil(year, month, equinoxDay(year, on.equinox));
    const predicted = year > LAST_ANNOUNCED_EQUINOX_YEAR;
    const reason = predicted
      ? reasons.predictedEquinox(rule.id, on.equinox)
      : reasons.equinox(rule.id, on.equinox);
    return { ...base, day, predicted, reason };
  }
  if ("mondayOfMonth" in on) {
    const day = nthMonday(year, on.month, on.mondayOfMonth);
    return {
      ...base,
      day,
      predicted: false,
      reason: reasons.monday(rule.id, on.month, on.mondayOfMonth),
    };
  }
  const day = daysFromCivil(year, on.month, on.day);
  return { ...base, day, predicted: false, reason: reasons.fixed(rule.id, on.month, on.day) };
}

/** The national holidays and one-off days of `year` (before the derived rules), by day count. */
function lawDays(year: number): Map<number, Draft> {
  const days = new Map<number, Draft>();
  for (const rule of yearlyHolidayRules) {
    if (year < rule.from || year > rule.until) continue;
    const draft = yearlyDraft(rule, year);
    days.set(draft.day, draft);
  }
  for (const oneOff of oneOffHolidays) {
    if (oneOff.year !== year) continue;
    const day = daysFromCivil(year, oneOff.month, oneOff.day);
    const counts = oneOff.countsAsNationalHoliday;
    days.set(day, {
      day,
      id: oneOff.id,
      kind: "one-off",
      predicted: false,
      counts,
      reason: reasons.oneOff(oneOff.id, counts),
      substituteFor: null,
    });
  }
  return days;
}

/**
 * Adds the substitute holidays: a national holiday on a Sunday (from 1973-04-12) makes the next
 * day a holiday when it is not a national holiday itself; from 2007, the next day that is not a
 * national holiday, however many follow.
 */
function addSubstitutes(days: Map<number, Draft>, national: (day: number) => boolean): void {
  const sundays = [...days.values()].filter(
    (d) => d.counts && d.day >= SUBSTITUTE_FROM && isoWeekday(d.day) === SUNDAY,
  );
  for (const sunday of sundays) {
    const nextFreeDay = sunday.day >= SUBSTITUTE_NEXT_FREE_FROM;
    let day = sunday.day + 1;
    let predicted = sunday.predicted;
    if (nextFreeDay) {
      for (; national(day); day++) predicted ||= days.get(day)?.predicted === true;
    } else if (national(day)) {
      continue;
    }
    if (days.has(day)) continue;
    const reason = reasons.substitute(sunday, nextFreeDay);
    days.set(day, {
      day,
      id: "substitute-holiday",
      kind: "substitute",
      predicted,
      counts: false,
      reason: predicted ? reason + reasons.predictedSuffix : reason,
      substituteFor: sunday.day,
    });
  }
}

/**
 * Adds the citizens' holidays (from 1985-12-27): a day whose eve and morrow are national holidays,
 * when it is not one itself; before 2007, also not a Sunday nor a substitute holiday (a substitute
 * stays a substitute after 2007 too).
 */
function addCitizensHolidays(days: Map<number, Draft>, national: (day: number) => boolean): void {
  const candidates = [...days.values()].filter((d) => d.counts && national(d.day + 2));
  for (const before of candidates) {
    const day = before.day + 1;
    const after = days.get(before.day + 2);
    if (after === undefined || day < CITIZENS_FROM || days.has(day)) continue;
    if (day < CITIZENS_ANY_DAY_FROM && isoWeekday(day) === SUNDAY) continue;
    const predicted = before.predicted || after.predicted;
    const reason = reasons.citizens(before, after);
    days.set(day, {
      day,
      id: "citizens-holiday",
      kind: "citizens",
      predicted,
      counts: false,
      reason: predicted ? reason + reasons.predictedSuffix : reason,
      substituteFor: null,
    });
  }
}

/** The frozen public value of a draft. */
function holidayOf(draft: Draft): JapaneseHoliday {
  return Object.freeze({
    date: isoDateOfDays(draft.day),
    id: draft.id,
    name: holidayNames[draft.id].en,
    nameJa: holidayNames[draft.id].ja,
    kind: draft.kind,
    predicted: draft.predicted,
    reason: draft.reason,
    substituteFor: draft.substituteFor === null ? null : isoDateOfDays(draft.substituteFor),
  });
}

/**
 * Every holiday of `year` (1970-2199), in date order: a frozen list of frozen values.
 *
 * @internal
 */
export function holidaysOfYear(year: number): readonly JapaneseHoliday[] {
  const days = lawDays(year);
  const national = (day: number) => days.get(day)?.counts === true;
  addSubstitutes(days, national);
  addCitizensHolidays(days, national);
  return Object.freeze(
    [...days.values()].sort((a, b) => a.day - b.day).map((draft) => holidayOf(draft)),
  );
}
