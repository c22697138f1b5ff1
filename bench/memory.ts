/**
 * Memory per compiled calendar-year: in a fresh `node --expose-gc` process importing the built
 * package (see bench/build.ts), create K distinct calendars, compile Y UTC years of each (one `businessTimeBetween`
 * across them), and measure the heap (and typed-array backing stores) retained per calendar-year.
 * Child: `node --expose-gc --import tsx bench/memory.ts child K Y <entry file>`; parent:
 * {@link measureMemory}.
 */

import { pathToFileURL } from "node:url";
import { holidayDates } from "./inputs.js";
import { runChild } from "./stats.js";

const MEMORY_ZONES = [
  "Europe/London",
  "America/Los_Angeles",
  "Asia/Tokyo",
  "Australia/Sydney",
  "Europe/Paris",
  "America/New_York",
  "Europe/Berlin",
  "America/Chicago",
  "Asia/Singapore",
  "Europe/Madrid",
  "America/Sao_Paulo",
  "Pacific/Auckland",
];

export interface MemoryResult {
  readonly calendars: number;
  readonly years: number;
  /** heapUsed retained by compiled years, per calendar-year, bytes. */
  readonly heapPerCalendarYear: number;
  /** heapUsed + arrayBuffers retained by compiled years, per calendar-year, bytes. */
  readonly totalPerCalendarYear: number;
  /** heapUsed + arrayBuffers of a created calendar before any year is compiled, bytes. */
  readonly perCalendarOverhead: number;
}

async function child(k: number, y: number, entry: string): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run with --expose-gc");
  const lib = (await import(pathToFileURL(entry).href)) as typeof import("../src/index.js");
  const holidays = holidayDates();
  const window = [{ start: "09:00", end: "17:00" }];
  const weekly = { mon: window, tue: window, wed: window, thu: window, fri: window };
  // Warm the code paths (and Intl) on a calendar not counted.
  const warm = lib.createCalendar({ timeZone: "UTC", weekly, closedDates: ["2000-01-03"] });
  lib.businessTimeBetween(warm, Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1) - 1);
  const measure = () => {
    gc();
    gc();
    const m = process.memoryUsage();
    return { heap: m.heapUsed, total: m.heapUsed + m.arrayBuffers };
  };
  const m0 = measure();
  const calendars = [];
  for (let i = 0; i < k; i++) {
    const zone = MEMORY_ZONES[i % MEMORY_ZONES.length] as string;
    // Distinct definitions: each calendar gets one extra closed date of its own.
    const closedDates = [...holidays, `2000-01-${String(1 + (i % 28)).padStart(2, "0")}`];
    calendars.push(lib.createCalendar({ timeZone: zone, weekly, closedDates }));
  }
  const m1 = measure();
  for (const calendar of calendars)
    lib.businessTimeBetween(calendar, Date.UTC(2024, 0, 1), Date.UTC(2024 + y, 0, 1) - 1);
  const m2 = measure();
  const result: MemoryResult = {
    calendars: k,
    years: y,
    heapPerCalendarYear: (m2.heap - m1.heap) / (k * y),
    totalPerCalendarYear: (m2.total - m1.total) / (k * y),
    perCalendarOverhead: (m1.total - m0.total) / k,
  };
  if (calendars.length !== k) throw new Error("lost calendars");
  process.stdout.write(JSON.stringify(result));
}

/** Runs the measurement in a fresh process importing `entry`. */
export function measureMemory(k: number, y: number, entry: string): MemoryResult {
  return runChild<MemoryResult>("memory.ts", [String(k), String(y), entry], ["--expose-gc"]);
}

if (process.argv[2] === "child") {
  await child(
    Number(process.argv[3] ?? 24),
    Number(process.argv[4] ?? 10),
    process.argv[5] ?? "dist/index.js",
  );
}
