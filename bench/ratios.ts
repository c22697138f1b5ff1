/**
 * The ratio table: each public call beside the floor (bench/floor.ts) on the same seeded openings
 * in one process, as its ops/s divided by the floor's, measured in pairs round by round (floor and
 * call alternate, the order of the calls rotates) and summarised as the median ratio and its range.
 * Every answer is first checked against the floor, input by input; a mismatch stops the bench.
 */

import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BusinessCalendar, Priority } from "../src/index.js";
import type { BuiltPackage } from "./build.js";
import {
  type FloorZone,
  floorBetween,
  floorDeadline,
  floorIsOpen,
  floorNextOpening,
  floorZone,
} from "./floor.js";
import { holidayDates, type Inputs, ZONES } from "./inputs.js";
import { fmtOps, fmtRatio, median, range, table } from "./stats.js";

const HOUR = 3_600_000;
/** Expert P2, P3, P4 (EMEA: 2 h, 4 h, one 480-minute business day), by input index modulo 3. */
const PRIORITIES = ["P2", "P3", "P4"] as const satisfies readonly Priority[];
const DURATIONS = [2 * HOUR, 4 * HOUR, 8 * HOUR] as const;
/** `now` for `slaStatus`: this long after the opening, by input index modulo 4 (every state). */
const NOW_AFTER = [30 * 60_000, 3 * HOUR, 26 * HOUR, 5 * 24 * HOUR] as const;
/** A downgraded expert P2 becomes P3: 4 business hours. */
const P3_MS = 4 * HOUR;
const TOKYO = ZONES.indexOf("Asia/Tokyo");
/** Answers timed per time check. */
const CHUNK = 64;

export interface Measure {
  readonly ops: number;
  readonly calls: number;
}

/** One row of the table: a call, how to time it, how to check it, its target. */
export interface Candidate {
  readonly label: string;
  readonly note: string;
  /** Minimum ratio to the floor, or none (information only). */
  readonly target?: number;
  check(): void;
  time(minMs: number): Measure;
}

export interface RatioRow {
  readonly label: string;
  readonly note: string;
  readonly floorOps: number;
  readonly ops: number;
  readonly ratio: number;
  readonly ratioMin: number;
  readonly ratioMax: number;
  readonly target: number | null;
  readonly pass: boolean | null;
  readonly perRound: readonly number[];
}

/** The code measured: the public entry and, for the engine row, the internal query module. */
export interface Library {
  readonly api: typeof import("../src/index.js");
  readonly engine: typeof import("../src/calendar/query.js");
  /** Where it was loaded from, for the report. */
  readonly source: string;
}

/**
 * Loads the built package (ES modules one file per source module, so the engine's query module
 * is a file of its own) or, without `built`, `src/` through tsx. The built code is the default:
 * tsx compiles with `keepNames`, which wraps every function expression in a `__name()` call, a
 * per-call cost for closures that the published build does not have.
 */
export async function loadLibrary(built: BuiltPackage | undefined): Promise<Library> {
  if (built === undefined) {
    return {
      api: await import("../src/index.js"),
      engine: await import("../src/calendar/query.js"),
      source: "src/ through tsx",
    };
  }
  const url = (file: string) => pathToFileURL(file).href;
  return {
    api: (await import(url(built.esm))) as Library["api"],
    engine: (await import(
      url(join(dirname(built.esm), "calendar", "query.js"))
    )) as Library["engine"],
    source: built.source,
  };
}

/** True when `call` (which passes its instant as `now`) does not throw. */
function acceptsNow(call: () => unknown): boolean {
  try {
    call();
    return true;
  } catch {
    return false;
  }
}

/** Builds the calls and the floor over `inputs`: calendars and floor arrays laid out once. */
export function ratioCandidates(
  inputs: Inputs,
  lib: Library,
): {
  floorTime: (minMs: number) => Measure;
  rows: Candidate[];
  /** The sum of every answer timed (keeps the work observable). */
  sink: () => number;
} {
  const { t, zone, length: N } = inputs;
  const {
    addBusinessTime,
    adobeMayContact,
    createCalendar,
    downgradeEligibility,
    responseDeadline,
    slaStatus,
    supportLanguages,
  } = lib.api;
  const { addBusinessTimeAt } = lib.engine;
  const holidays = holidayDates();
  const window = [{ start: "09:00", end: "17:00" }];
  const weekly = { mon: window, tue: window, wed: window, thu: window, fri: window };
  const calendars: BusinessCalendar[] = ZONES.map((timeZone) =>
    createCalendar({ timeZone, weekly, closedDates: holidays }),
  );
  const floors: FloorZone[] = ZONES.map(floorZone);
  const floorOf = (i: number) => floors[zone[i] as number] as FloorZone;
  const dur = Float64Array.from({ length: N }, (_, i) => DURATIONS[i % 3] as number);
  const priority = Array.from({ length: N }, (_, i) => PRIORITIES[i % 3] as Priority);
  const now = Float64Array.from(
    { length: N },
    (_, i) => (t[i] as number) + (NOW_AFTER[i % 4] as number),
  );
  // Downgrade: one attempt a minute into the clock (inside hours), or at the opening (one in four).
  const attemptAt = Float64Array.from({ length: N }, (_, i) =>
    i % 4 === 3 ? (t[i] as number) : floorNextOpening(floorOf(i), t[i] as number) + 60_000,
  );
  const expected = Float64Array.from({ length: N }, (_, i) =>
    floorDeadline(floorOf(i), t[i] as number, dur[i] as number),
  );
  let blackhole = 0;
  // The instant asked about is `at` in 0.1.0 and `now` in the shared case of later versions:
  // whichever this build accepts (one probe call), so that before and after run the same bench.
  type MayContactInput = Parameters<typeof adobeMayContact>[0];
  type LanguagesInput = Parameters<typeof supportLanguages>[0];
  const instantKey = acceptsNow(() =>
    adobeMayContact({ priority: "P1", now: t[0] as number } as MayContactInput),
  )
    ? "now"
    : "at";

  const ops = (calls: number, ms: number): Measure => ({ ops: calls / (ms / 1000), calls });

  // Each loop is written out (not a shared loop calling a function argument), so that every
  // call site stays monomorphic and the floor pays no indirect call the candidates do not.
  function floorTime(minMs: number): Measure {
    let sink = 0;
    let calls = 0;
    let i = 0;
    let elapsed = 0;
    const start = performance.now();
    do {
      for (let k = 0; k < CHUNK; k++) {
        sink += floorDeadline(
          floors[zone[i] as number] as FloorZone,
          t[i] as number,
          dur[i] as number,
        );
        if (++i === N) i = 0;
      }
      calls += CHUNK;
      elapsed = performance.now() - start;
    } while (elapsed < minMs);
    blackhole += sink;
    return ops(calls, elapsed);
  }

  const mismatches: string[] = [];
  const expect = (row: string, i: number, what: string, got: unknown, want: unknown) => {
    if (Object.is(got, want)) return;
    mismatches.push(
      `${row}: input ${i} (${ZONES[zone[i] as number]}, opened ${new Date(t[i] as number).toISOString()}): ${what} ${String(got)}, floor ${String(want)}`,
    );
  };
  const iso = (ms: number) => new Date(ms).toISOString();
  const rdInput = (i: number) => ({
    plan: "expert" as const,
    priority: priority[i] as Priority,
    region: "emea" as const,
    timeZone: ZONES[zone[i] as number] as string,
    openedAt: t[i] as number,
    holidays,
  });

  const rows: Candidate[] = [
    {
      label: "engine query (internal addBusinessTimeAt)",
      note: "compiled calendar, no validation",
      check() {
        for (let i = 0; i < N; i++) {
          const got = addBusinessTimeAt(
            calendars[zone[i] as number] as BusinessCalendar,
            t[i] as number,
            dur[i] as number,
          );
          expect(this.label, i, "deadline", got, expected[i]);
        }
      },
      time(minMs) {
        let sink = 0;
        let calls = 0;
        let i = 0;
        let elapsed = 0;
        const start = performance.now();
        do {
          for (let k = 0; k < CHUNK; k++) {
            sink += addBusinessTimeAt(
              calendars[zone[i] as number] as BusinessCalendar,
              t[i] as number,
              dur[i] as number,
            );
            if (++i === N) i = 0;
          }
          calls += CHUNK;
          elapsed = performance.now() - start;
        } while (elapsed < minMs);
        blackhole += sink;
        return ops(calls, elapsed);
      },
    },
    {
      label: "addBusinessTime",
      note: "public, validated; calendar object, epoch ms",
      target: 0.5,
      check() {
        for (let i = 0; i < N; i++) {
          const got = addBusinessTime(
            calendars[zone[i] as number] as BusinessCalendar,
            t[i] as number,
            dur[i] as number,
          );
          expect(this.label, i, "deadline", got, expected[i]);
        }
      },
      time(minMs) {
        let sink = 0;
        let calls = 0;
        let i = 0;
        let elapsed = 0;
        const start = performance.now();
        do {
          for (let k = 0; k < CHUNK; k++) {
            sink += addBusinessTime(
              calendars[zone[i] as number] as BusinessCalendar,
              t[i] as number,
              dur[i] as number,
            );
            if (++i === N) i = 0;
          }
          calls += CHUNK;
          elapsed = performance.now() - start;
        } while (elapsed < minMs);
        blackhole += sink;
        return ops(calls, elapsed);
      },
    },
    {
      label: "responseDeadline",
      note: "expert P2/P3/P4, emea + timeZone + holidays; reads dueAtMs",
      target: 0.03,
      check() {
        for (let i = 0; i < N; i++) {
          const got = responseDeadline(rdInput(i));
          expect(this.label, i, "dueAtMs", got.dueAtMs, expected[i]);
          expect(this.label, i, "dueAt", got.dueAt, iso(expected[i] as number));
          expect(
            this.label,
            i,
            "clockStartedAt",
            got.clockStartedAt,
            iso(floorNextOpening(floorOf(i), t[i] as number)),
          );
        }
      },
      time(minMs) {
        let sink = 0;
        let calls = 0;
        let i = 0;
        let elapsed = 0;
        const start = performance.now();
        do {
          for (let k = 0; k < CHUNK; k++) {
            sink += responseDeadline({
              plan: "expert",
              priority: priority[i] as Priority,
              region: "emea",
              timeZone: ZONES[zone[i] as number] as string,
              openedAt: t[i] as number,
              holidays,
            }).dueAtMs;
            if (++i === N) i = 0;
          }
          calls += CHUNK;
          elapsed = performance.now() - start;
        } while (elapsed < minMs);
        blackhole += sink;
        return ops(calls, elapsed);
      },
    },
    {
      label: "responseDeadline + .explanation",
      note: "the same, and reads the explanation",
      check() {
        for (let i = 0; i < N; i++) {
          const got = responseDeadline(rdInput(i));
          expect(this.label, i, "dueAtMs", got.dueAtMs, expected[i]);
          expect(
            this.label,
            i,
            "explanation ends with the due step",
            got.explanation.includes("; due "),
            true,
          );
        }
      },
      time(minMs) {
        let sink = 0;
        let calls = 0;
        let i = 0;
        let elapsed = 0;
        const start = performance.now();
        do {
          for (let k = 0; k < CHUNK; k++) {
            const due = responseDeadline({
              plan: "expert",
              priority: priority[i] as Priority,
              region: "emea",
              timeZone: ZONES[zone[i] as number] as string,
              openedAt: t[i] as number,
              holidays,
            });
            sink += due.dueAtMs + due.explanation.length;
            if (++i === N) i = 0;
          }
          calls += CHUNK;
          elapsed = performance.now() - start;
        } while (elapsed < minMs);
        blackhole += sink;
        return ops(calls, elapsed);
      },
    },
    {
      label: "slaStatus",
      note: "the same + now (30 min to 5 days later); reads dueAtMs",
      target: 0.015,
      check() {
        for (let i = 0; i < N; i++) {
          const got = slaStatus({ ...rdInput(i), now: now[i] as number });
          const z = floorOf(i);
          const due = expected[i] as number;
          const elapsed = Math.max(0, floorBetween(z, t[i] as number, now[i] as number));
          const state =
            (now[i] as number) > due
              ? "breached"
              : elapsed >= (dur[i] as number) * 0.75
                ? "at-risk"
                : "pending";
          expect(this.label, i, "dueAtMs", got.dueAtMs, due);
          expect(this.label, i, "elapsedMs", got.elapsedMs, elapsed);
          expect(this.label, i, "state", got.state, state);
        }
      },
      time(minMs) {
        let sink = 0;
        let calls = 0;
        let i = 0;
        let elapsed = 0;
        const start = performance.now();
        do {
          for (let k = 0; k < CHUNK; k++) {
            sink += slaStatus({
              plan: "expert",
              priority: priority[i] as Priority,
              region: "emea",
              timeZone: ZONES[zone[i] as number] as string,
              openedAt: t[i] as number,
              holidays,
              now: now[i] as number,
            }).dueAtMs;
            if (++i === N) i = 0;
          }
          calls += CHUNK;
          elapsed = performance.now() - start;
        } while (elapsed < minMs);
        blackhole += sink;
        return ops(calls, elapsed);
      },
    },
    {
      label: "downgradeEligibility",
      note: "expert P2, one attempt; new P3 deadline when eligible",
      target: 0.015,
      check() {
        for (let i = 0; i < N; i++) {
          const got = downgradeEligibility({
            ...rdInput(i),
            priority: "P2",
            namedContacts: ["ana@example.com"],
            contactAttempts: [
              { at: attemptAt[i] as number, contact: "ana@example.com", outcome: "no-response" },
            ],
          });
          const z = floorOf(i);
          const eligible = floorIsOpen(z, attemptAt[i] as number);
          expect(this.label, i, "eligible", got.eligible, eligible);
          if (eligible)
            expect(
              this.label,
              i,
              "newDeadline.dueAtMs",
              got.newDeadline?.dueAtMs,
              floorDeadline(z, t[i] as number, P3_MS),
            );
        }
      },
      time(minMs) {
        let sink = 0;
        let calls = 0;
        let i = 0;
        let elapsed = 0;
        const start = performance.now();
        do {
          for (let k = 0; k < CHUNK; k++) {
            const answer = downgradeEligibility({
              plan: "expert",
              priority: "P2",
              region: "emea",
              timeZone: ZONES[zone[i] as number] as string,
              openedAt: t[i] as number,
              holidays,
              namedContacts: ["ana@example.com"],
              contactAttempts: [
                { at: attemptAt[i] as number, contact: "ana@example.com", outcome: "no-response" },
              ],
            });
            sink += answer.newDeadline === null ? 0 : answer.newDeadline.dueAtMs;
            if (++i === N) i = 0;
          }
          calls += CHUNK;
          elapsed = performance.now() - start;
        } while (elapsed < minMs);
        blackhole += sink;
        return ops(calls, elapsed);
      },
    },
    {
      label: "adobeMayContact",
      note: "P2, emea + timeZone + holidays, at the opening",
      check() {
        for (let i = 0; i < N; i++) {
          const z = floorOf(i);
          const got = adobeMayContact({
            priority: "P2",
            region: "emea",
            timeZone: ZONES[zone[i] as number] as string,
            holidays,
            [instantKey]: t[i] as number,
          } as unknown as MayContactInput);
          const open = floorIsOpen(z, t[i] as number);
          expect(this.label, i, "allowed", got.allowed, open);
          expect(
            this.label,
            i,
            "nextAllowedAt",
            got.nextAllowedAt,
            open ? null : iso(floorNextOpening(z, t[i] as number)),
          );
        }
      },
      time(minMs) {
        let sink = 0;
        let calls = 0;
        let i = 0;
        let elapsed = 0;
        const start = performance.now();
        do {
          for (let k = 0; k < CHUNK; k++) {
            const answer = adobeMayContact({
              priority: "P2",
              region: "emea",
              timeZone: ZONES[zone[i] as number] as string,
              holidays,
              [instantKey]: t[i] as number,
            } as unknown as MayContactInput);
            sink += answer.allowed ? 1 : 0;
            if (++i === N) i = 0;
          }
          calls += CHUNK;
          elapsed = performance.now() - start;
        } while (elapsed < minMs);
        blackhole += sink;
        return ops(calls, elapsed);
      },
    },
    {
      label: "supportLanguages",
      note: "japan region (Tokyo hours), the bench holidays only (built-in national ones off, as in the floor), at the opening",
      check() {
        const z = floors[TOKYO] as FloorZone;
        for (let i = 0; i < N; i++) {
          const got = supportLanguages({
            region: "japan",
            holidays,
            japaneseNationalHolidays: false,
            [instantKey]: t[i] as number,
          } as unknown as LanguagesInput);
          expect(
            this.label,
            i,
            "offers ja",
            got.languages.includes("ja"),
            floorIsOpen(z, t[i] as number),
          );
        }
      },
      time(minMs) {
        let sink = 0;
        let calls = 0;
        let i = 0;
        let elapsed = 0;
        const start = performance.now();
        do {
          for (let k = 0; k < CHUNK; k++) {
            sink += supportLanguages({
              region: "japan",
              holidays,
              japaneseNationalHolidays: false,
              [instantKey]: t[i] as number,
            } as unknown as LanguagesInput).languages.length;
            if (++i === N) i = 0;
          }
          calls += CHUNK;
          elapsed = performance.now() - start;
        } while (elapsed < minMs);
        blackhole += sink;
        return ops(calls, elapsed);
      },
    },
  ];
  // Wraps each check so that a mismatch fails loudly, with the first few cases.
  for (const row of rows) {
    const check = row.check.bind(row);
    row.check = () => {
      mismatches.length = 0;
      check();
      if (mismatches.length > 0) {
        throw new Error(
          `bench: ${row.label} disagrees with the floor on ${mismatches.length} answer(s) of ${N}:\n  ${mismatches.slice(0, 5).join("\n  ")}`,
        );
      }
    };
  }
  return { floorTime, rows, sink: () => blackhole };
}

/** Slices per floor/call pair. */
const SLICES = 6;

/** Several measurements as one: total calls over total time. */
function combine(measures: readonly Measure[]): Measure {
  let calls = 0;
  let seconds = 0;
  for (const m of measures) {
    calls += m.calls;
    seconds += m.calls / m.ops;
  }
  return { ops: calls / seconds, calls };
}

/** Checks every call against the floor, then times `rounds` rounds of floor/call pairs. */
export function measureRatios(
  inputs: Inputs,
  lib: Library,
  options: { rounds: number; minMs: number; log: (line: string) => void },
): { rows: RatioRow[]; sink: number } {
  const { floorTime, rows, sink } = ratioCandidates(inputs, lib);
  for (const row of rows) row.check();
  options.log(
    `  every answer of ${rows.length} calls x ${inputs.length} inputs equals the floor's`,
  );
  // Warm-up pass (not counted).
  for (const row of rows) {
    floorTime(options.minMs * 0.3);
    row.time(options.minMs * 0.3);
  }
  const ratios: number[][] = rows.map(() => []);
  const floorOps: number[][] = rows.map(() => []);
  const callOps: number[][] = rows.map(() => []);
  for (let round = 0; round < options.rounds; round++) {
    for (let k = 0; k < rows.length; k++) {
      const j = (k + round) % rows.length;
      const row = rows[j] as Candidate;
      // The pair is taken in slices, floor and call alternating, so that both meet the same
      // load from other processes; which goes first alternates too.
      const floorSlices: Measure[] = [];
      const callSlices: Measure[] = [];
      const slice = options.minMs / SLICES;
      for (let s = 0; s < SLICES; s++) {
        if ((round + k + s) % 2 === 0) {
          floorSlices.push(floorTime(slice));
          callSlices.push(row.time(slice));
        } else {
          callSlices.push(row.time(slice));
          floorSlices.push(floorTime(slice));
        }
      }
      const floor = combine(floorSlices);
      const call = combine(callSlices);
      (ratios[j] as number[]).push(call.ops / floor.ops);
      (floorOps[j] as number[]).push(floor.ops);
      (callOps[j] as number[]).push(call.ops);
    }
    options.log(`  round ${round + 1}/${options.rounds}`);
  }
  const summary = rows.map((row, j): RatioRow => {
    const perRound = ratios[j] as number[];
    const ratio = median(perRound);
    const { min, max } = range(perRound);
    return {
      label: row.label,
      note: row.note,
      floorOps: median(floorOps[j] as number[]),
      ops: median(callOps[j] as number[]),
      ratio,
      ratioMin: min,
      ratioMax: max,
      target: row.target ?? null,
      pass: row.target === undefined ? null : ratio >= row.target,
      perRound,
    };
  });
  return { rows: summary, sink: sink() };
}

/** The ratio table as text. */
export function formatRatios(rows: readonly RatioRow[]): string {
  return table(
    ["call", "floor ops/s", "call ops/s", "ratio", "range", "target", ""],
    rows.map((r) => [
      r.label,
      fmtOps(r.floorOps),
      fmtOps(r.ops),
      fmtRatio(r.ratio),
      `${fmtRatio(r.ratioMin)}-${fmtRatio(r.ratioMax)}`,
      r.target === null ? "" : `>= ${fmtRatio(r.target)}`,
      r.pass === null ? "" : r.pass ? "PASS" : "FAIL",
    ]),
  );
}
