/** The HTML report's calendar arithmetic: a row's opening instant, and ISO 8601 weeks counted in UTC. */

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
/** 1970-01-01 was a Thursday: adding three days makes week numbers start on Mondays. */
const MONDAY_SHIFT_MS = 3 * DAY_MS;

/**
 * The opening instant of a computed row's case, in epoch ms, or `null` when it cannot be read
 * here. The library has already accepted the value (it always carries `Z` or an offset), so
 * `Date.parse` reads it; the two shapes the library accepts and `Date.parse` does not (a decimal
 * comma, an hour-only offset such as `+02`) are rewritten first. NDJSON may give epoch ms.
 */
export function openingMs(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return finite(value.getTime());
  if (typeof value === "string") {
    const ms = Date.parse(value);
    if (!Number.isNaN(ms)) return ms;
    return finite(Date.parse(value.replace(",", ".").replace(/([+-]\d\d)$/, "$1:00")));
  }
  if (typeof value === "object" && value !== null) {
    const like = value as { toMillis?: unknown; epochMilliseconds?: unknown };
    if (typeof like.toMillis === "function") return finite(Number(like.toMillis()));
    if (typeof like.epochMilliseconds === "number") return finite(like.epochMilliseconds);
  }
  return null;
}

function finite(ms: number): number | null {
  return Number.isFinite(ms) ? ms : null;
}

/** The number of the UTC week (Monday to Sunday) an instant falls in, counted from 1969-12-29. */
export function weekIndexOf(ms: number): number {
  return Math.floor((ms + MONDAY_SHIFT_MS) / WEEK_MS);
}

/** Week `index`'s Monday, 00:00 UTC, in epoch ms. */
export function mondayOf(index: number): number {
  return index * WEEK_MS - MONDAY_SHIFT_MS;
}

/** An ISO 8601 week: its year and number, `2026-W42`, and its Monday as `2026-10-12`. */
export interface IsoWeek {
  readonly year: number;
  readonly week: number;
  readonly label: string;
  readonly monday: string;
}

/** The ISO 8601 week of week number `index` (as {@link weekIndexOf} gives it). */
export function isoWeek(index: number): IsoWeek {
  const monday = mondayOf(index);
  // The ISO year is the year of the week's Thursday; its week 1 holds the year's first Thursday.
  const thursday = new Date(monday + MONDAY_SHIFT_MS);
  const year = thursday.getUTCFullYear();
  const dayOfYear = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS);
  const week = Math.floor(dayOfYear / 7) + 1;
  return {
    year,
    week,
    label: `${year}-W${week < 10 ? "0" : ""}${week}`,
    monday: new Date(monday).toISOString().slice(0, 10),
  };
}
