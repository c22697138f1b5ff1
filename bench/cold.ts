/**
 * Cold cost: the first deadline for a calendar never seen before, in a fresh `node` process that
 * imports the built package (see bench/build.ts). Run as a child: `node --import tsx bench/cold.ts
 * child <add|rd|add-warm-intl> <zone> <other zone> <entry file>`; the parent side is
 * {@link measureCold}.
 */

import { pathToFileURL } from "node:url";
import { holidayDates } from "./inputs.js";
import { median, runChild } from "./stats.js";

/** Zones the fresh processes rotate through (each process sees only its own). */
const COLD_ZONES = [
  "Europe/London",
  "America/Los_Angeles",
  "Asia/Tokyo",
  "Australia/Sydney",
  "Europe/Paris",
  "America/New_York",
];

export interface ColdSample {
  /** `import()` of the built entry, ms (loader of tsx active; information only). */
  readonly importMs: number;
  /** First deadline in the process for a new calendar, ms. */
  readonly firstMs: number;
  /** Then a second never-seen zone in the now-warm process, ms. */
  readonly secondZoneMs: number;
}

async function child(mode: string, zone: string, otherZone: string, entry: string): Promise<void> {
  // "add-warm-intl": the process has already formatted a date in an unrelated zone (ICU's zone
  // data loaded), to show how much of the cold cost is the runtime's, not the library's.
  if (mode === "add-warm-intl")
    new Intl.DateTimeFormat("en-US", { timeZone: "America/Denver", hour: "numeric" }).format(0);
  const holidays = holidayDates();
  const window = [{ start: "09:00", end: "17:00" }];
  const weekly = { mon: window, tue: window, wed: window, thu: window, fri: window };
  const opened = Date.UTC(2027, 5, 14, 15, 47, 12, 345);
  const i0 = performance.now();
  const lib = (await import(pathToFileURL(entry).href)) as typeof import("../src/index.js");
  const i1 = performance.now();
  const first = (z: string): number => {
    if (mode !== "rd") {
      const calendar = lib.createCalendar({ timeZone: z, weekly, closedDates: holidays });
      return lib.addBusinessTime(calendar, opened, 4 * 3_600_000);
    }
    return lib.responseDeadline({
      plan: "expert",
      priority: "P3",
      region: "emea",
      timeZone: z,
      openedAt: opened,
      holidays,
    }).dueAtMs;
  };
  const t0 = performance.now();
  const due = first(zone);
  const t1 = performance.now();
  const due2 = first(otherZone);
  const t2 = performance.now();
  if (!Number.isFinite(due) || !Number.isFinite(due2)) throw new Error("no deadline");
  const sample: ColdSample = { importMs: i1 - i0, firstMs: t1 - t0, secondZoneMs: t2 - t1 };
  process.stdout.write(JSON.stringify(sample));
}

export interface ColdResult {
  readonly processes: number;
  readonly medianFirstMs: number;
  readonly maxFirstMs: number;
  readonly medianSecondZoneMs: number;
  readonly medianImportMs: number;
}

/** Runs `n` fresh processes per mode, each importing `entry`, and returns the medians. */
export function measureCold(
  n: number,
  entry: string,
): {
  add: ColdResult;
  rd: ColdResult;
  addWarmIntl: ColdResult;
} {
  const run = (mode: "add" | "rd" | "add-warm-intl"): ColdResult => {
    const samples: ColdSample[] = [];
    for (let i = 0; i < n; i++) {
      const zone = COLD_ZONES[i % COLD_ZONES.length] as string;
      const other = COLD_ZONES[(i + 1) % COLD_ZONES.length] as string;
      samples.push(runChild<ColdSample>("cold.ts", [mode, zone, other, entry]));
    }
    return {
      processes: n,
      medianFirstMs: median(samples.map((s) => s.firstMs)),
      maxFirstMs: Math.max(...samples.map((s) => s.firstMs)),
      medianSecondZoneMs: median(samples.map((s) => s.secondZoneMs)),
      medianImportMs: median(samples.map((s) => s.importMs)),
    };
  };
  return { add: run("add"), rd: run("rd"), addWarmIntl: run("add-warm-intl") };
}

if (process.argv[2] === "child") {
  await child(
    process.argv[3] ?? "add",
    process.argv[4] ?? "Europe/London",
    process.argv[5] ?? "Asia/Tokyo",
    process.argv[6] ?? "dist/index.js",
  );
}
