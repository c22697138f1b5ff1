/** Benchmark inputs: the calendar shared by every library, and seeded openings (no Math.random). */

import { DateTime } from "luxon";

/** Zones measured (at least London, Los Angeles and Tokyo; Sydney adds a southern-hemisphere DST). */
export const ZONES = [
  "Europe/London",
  "America/Los_Angeles",
  "Asia/Tokyo",
  "Australia/Sydney",
] as const;

/** Business time targets, in milliseconds of business time (1 business day = 8 h). */
export const TARGETS = [
  { id: "30min", label: "30 min", ms: 30 * 60_000 },
  { id: "4h", label: "4 h", ms: 4 * 3_600_000 },
  { id: "1bd", label: "1 bd", ms: 8 * 3_600_000 },
  { id: "20bd", label: "20 bd", ms: 20 * 8 * 3_600_000 },
  { id: "250bd", label: "250 bd", ms: 250 * 8 * 3_600_000 },
] as const;
export type TargetId = (typeof TARGETS)[number]["id"];

/** Fixed-date holidays (month-day), closed every year in every zone, for every library. */
export const HOLIDAY_MONTH_DAYS = ["01-01", "05-01", "08-15", "12-25", "12-26"] as const;
/** Years the holidays are listed for: the openings (2024-2030) and deadlines up to 250 bd later. */
export const HOLIDAY_YEARS = { from: 2023, to: 2032 } as const;

/** The holiday dates as `YYYY-MM-DD`, the same list for every library. */
export function holidayDates(): string[] {
  const out: string[] = [];
  for (let y = HOLIDAY_YEARS.from; y <= HOLIDAY_YEARS.to; y++)
    for (const md of HOLIDAY_MONTH_DAYS) out.push(`${y}-${md}`);
  return out;
}

/** Window of the calendar, local wall time: Mon-Fri 09:00-17:00. */
export const OPEN_HOUR = 9;
export const CLOSE_HOUR = 17;

/** mulberry32: a small seeded 32-bit PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Kinds of opening, for reporting. */
export const INPUT_KINDS = ["uniform", "dst-week", "edge"] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

export interface Inputs {
  /** Opening instants, epoch ms. */
  readonly t: Float64Array;
  /** Index into {@link ZONES} of each opening. */
  readonly zone: Uint8Array;
  /** Index into {@link INPUT_KINDS}. */
  readonly kind: Uint8Array;
  readonly length: number;
  readonly counts: Record<InputKind, number>;
}

const FROM_MS = Date.UTC(2024, 0, 1);
const UNTIL_MS = Date.UTC(2031, 0, 1);

/** Local dates (y, m, d) on which the zone's UTC offset changes, 2024-2030. */
function dstChangeDates(zone: string): { year: number; month: number; day: number }[] {
  const out: { year: number; month: number; day: number }[] = [];
  let previous = DateTime.fromObject({ year: 2023, month: 12, day: 31, hour: 12 }, { zone }).offset;
  for (let day = DateTime.fromObject({ year: 2024, month: 1, day: 1, hour: 12 }, { zone }); ; ) {
    if (day.year > 2030) break;
    if (day.offset !== previous) out.push({ year: day.year, month: day.month, day: day.day });
    previous = day.offset;
    day = day.plus({ days: 1 });
  }
  return out;
}

/**
 * Openings for every zone: `perZone.uniform` uniform over 2024-2030, `perZone.dst` inside the week
 * around each DST change (uniform instead where the zone has none), and `perZone.edgeDays` random
 * dates contributing 09:00 and 17:00 local, each also -1 ms and +1 ms. Shuffled with the same PRNG,
 * so any contiguous slice is a representative mix of zones and kinds.
 */
export function generateInputs(
  seed: number,
  perZone: { uniform: number; dst: number; edgeDays: number },
): Inputs {
  const rand = prng(seed);
  const uniformMs = (from: number, until: number) => {
    const hi = Math.floor(rand() * 2 ** 21);
    const lo = Math.floor(rand() * 2 ** 32);
    return from + Math.floor(((hi * 2 ** 32 + lo) / 2 ** 53) * (until - from));
  };
  const rows: { t: number; zone: number; kind: number }[] = [];
  ZONES.forEach((zone, zi) => {
    for (let i = 0; i < perZone.uniform; i++)
      rows.push({ t: uniformMs(FROM_MS, UNTIL_MS), zone: zi, kind: 0 });
    const changes = dstChangeDates(zone);
    for (let i = 0; i < perZone.dst; i++) {
      const change = changes[Math.floor(rand() * changes.length)];
      if (change === undefined) {
        rows.push({ t: uniformMs(FROM_MS, UNTIL_MS), zone: zi, kind: 0 });
        continue;
      }
      const mid = DateTime.fromObject(change, { zone });
      const from = mid.minus({ days: 3 }).toMillis();
      const until = mid.plus({ days: 4 }).toMillis();
      rows.push({ t: uniformMs(from, until), zone: zi, kind: 1 });
    }
    for (let i = 0; i < perZone.edgeDays; i++) {
      const day = DateTime.fromMillis(uniformMs(FROM_MS, UNTIL_MS), { zone });
      for (const hour of [OPEN_HOUR, CLOSE_HOUR]) {
        const edge = DateTime.fromObject(
          { year: day.year, month: day.month, day: day.day, hour },
          { zone },
        ).toMillis();
        for (const delta of [-1, 0, 1]) rows.push({ t: edge + delta, zone: zi, kind: 2 });
      }
    }
  });
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const a = rows[i] as (typeof rows)[number];
    rows[i] = rows[j] as (typeof rows)[number];
    rows[j] = a;
  }
  const counts: Record<InputKind, number> = { uniform: 0, "dst-week": 0, edge: 0 };
  for (const r of rows) counts[INPUT_KINDS[r.kind] as InputKind]++;
  return {
    t: Float64Array.from(rows, (r) => r.t),
    zone: Uint8Array.from(rows, (r) => r.zone),
    kind: Uint8Array.from(rows, (r) => r.kind),
    length: rows.length,
    counts,
  };
}

/** The seed of every bench run. */
export const SEED = 20_240_101;

/** The openings every bench measurement uses: per zone 1,200 uniform, 800 in DST weeks, 150 edge days. */
export function benchInputs(): Inputs {
  return generateInputs(SEED, { uniform: 1200, dst: 800, edgeDays: 150 });
}
