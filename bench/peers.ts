/** The peers: moment-business-time (with moment-timezone) and a hand-written window-by-window luxon loop. */

import { DateTime } from "luxon";
import moment from "moment-timezone";
import "moment-business-time";
import { CLOSE_HOUR, HOLIDAY_MONTH_DAYS, holidayDates, OPEN_HOUR } from "./inputs.js";

declare module "moment" {
  interface Moment {
    /** Added by moment-business-time (no bundled types). */
    addWorkingTime(amount: number, unit: "minutes"): Moment;
  }
}

/**
 * Configures moment-business-time's global locale: Mon-Fri 09:00-17:00 and the same fixed-date
 * holidays, as README-documented `*-MM-DD` patterns (one pattern per holiday instead of one per
 * date: fewer minimatch calls per day checked, the cheapest correct configuration).
 */
export function setupMoment(): void {
  const open = `${String(OPEN_HOUR).padStart(2, "0")}:00:00`;
  const close = `${String(CLOSE_HOUR).padStart(2, "0")}:00:00`;
  const day = [open, close];
  moment.updateLocale("en", {
    workinghours: { 0: null, 1: day, 2: day, 3: day, 4: day, 5: day, 6: null },
    holidays: HOLIDAY_MONTH_DAYS.map((md) => `*-${md}`),
  } as moment.LocaleSpecification);
  moment.locale("en");
}

/** Deadline with moment-business-time: `durationMs` of business time from `t`, epoch ms. */
export function momentAdd(zone: string, t: number, durationMs: number): number {
  return moment
    .tz(t, zone)
    .addWorkingTime(durationMs / 60_000, "minutes")
    .valueOf();
}

/** Holiday set as `y * 10000 + m * 100 + d`. */
const holidayKeys = new Set(
  holidayDates().map((s) => {
    const [y, m, d] = s.split("-").map(Number) as [number, number, number];
    return y * 10_000 + m * 100 + d;
  }),
);

/**
 * Hand-written luxon loop, window by window: from the opening's local date, for each day build
 * 09:00 and 17:00 with `DateTime.fromObject` in the zone, skip weekends and holidays, and consume
 * `min(remaining, window)`; the clock starts at the next opening when closed.
 */
export function luxonAdd(zone: string, t: number, durationMs: number): number {
  if (durationMs <= 0) return t;
  const local = DateTime.fromMillis(t, { zone });
  let year = local.year;
  let month = local.month;
  let day = local.day;
  let remaining = durationMs;
  for (;;) {
    const civil = new Date(Date.UTC(year, month - 1, day));
    const weekday = civil.getUTCDay();
    if (weekday >= 1 && weekday <= 5 && !holidayKeys.has(year * 10_000 + month * 100 + day)) {
      const open = DateTime.fromObject({ year, month, day, hour: OPEN_HOUR }, { zone }).toMillis();
      const close = DateTime.fromObject(
        { year, month, day, hour: CLOSE_HOUR },
        { zone },
      ).toMillis();
      const start = Math.max(open, t);
      if (start < close) {
        const take = Math.min(remaining, close - start);
        remaining -= take;
        if (remaining === 0) return start + take;
      }
    }
    civil.setUTCDate(civil.getUTCDate() + 1);
    year = civil.getUTCFullYear();
    month = civil.getUTCMonth() + 1;
    day = civil.getUTCDate();
  }
}
