/**
 * `npm run bench`: first the ratio of every public call to the floor (two binary searches over
 * sorted arrays, bench/floor.ts) on the same seeded openings in one process, with the targets;
 * then the import cost in fresh processes beside `zod/mini`; the start-up of an `adobe-sla due`
 * process beside `node -e 0` (bench/startup.ts); then deadlines per second of the
 * engine, `responseDeadline`, moment-business-time and a hand-written luxon loop, interleaved in
 * each round; cold cost and memory in fresh processes; answers checked throughout. Not a test.
 *
 * Every table measures the package built from `src/` into .cache/bench-build (bench/build.ts,
 * and bench/startup.ts for the command line; `dist/` is never written).
 *
 * Options: --quick (a short run, for development), --dist (measure `dist/` as it is instead of
 * building), --src DIR (build another source tree, e.g. `git archive HEAD src | tar -x -C
 * /tmp/before` then `--src /tmp/before/src`, for "before" figures), --tsx (the in-process tables
 * on `src/` through tsx instead of the build), --ratios-only (the ratio table, nothing else),
 * --startup-only (the start-up table, nothing else).
 * Results also go to .cache/bench-latest.json.
 */

import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { DateTime } from "luxon";
import type { BusinessCalendar, PlanId } from "../src/index.js";
import { buildForBench } from "./build.js";
import { measureCold } from "./cold.js";
import {
  formatImportCost,
  IMPORT_TARGET,
  type ImportCost,
  measureImportCost,
} from "./import-cost.js";
import {
  benchInputs,
  holidayDates,
  INPUT_KINDS,
  SEED,
  TARGETS,
  type TargetId,
  ZONES,
} from "./inputs.js";
import { measureMemory } from "./memory.js";
import { luxonAdd, momentAdd, setupMoment } from "./peers.js";
import { formatRatios, type Library, loadLibrary, measureRatios } from "./ratios.js";
import { buildCliForBench, formatStartup, measureStartup, STARTUP_TARGET } from "./startup.js";
import { fmtOps, fmtRatio, machineLine, median, ROOT, table } from "./stats.js";

const { values: options } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    dist: { type: "boolean", default: false },
    "ratios-only": { type: "boolean", default: false },
    "startup-only": { type: "boolean", default: false },
    tsx: { type: "boolean", default: false },
    src: { type: "string" },
  },
});
const QUICK = options.quick;

/** Rounds of floor/call pairs, and the minimum time of each measurement in a pair. */
const RATIO_ROUNDS = QUICK ? 3 : 9;
const RATIO_MIN_MS = QUICK ? 40 : 150;
/** Rounds of the four fresh processes of the import cost. */
const IMPORT_ROUNDS = QUICK ? 8 : 40;
/** Rounds of the three fresh processes of the command line's start-up. */
const STARTUP_ROUNDS = QUICK ? 10 : 40;
const ROUNDS = QUICK ? 2 : 5;
/** Peer measurements are scaled down by this in a quick run. */
const SCALE = QUICK ? 0.2 : 1;
/** Each fast measurement repeats whole passes over the inputs for at least this long. */
const FAST_MIN_MS = 150;
/** Slow peers are time-boxed per round and target; ops/s is computed from what ran. */
const MOMENT_BOX_MS = 1000;
const LUXON_BOX_MS = 400;
const COLD_PROCESSES = QUICK ? 3 : 11;
const MEMORY_CALENDARS = 24;
const MEMORY_YEARS = 10;

const LIBS = ["compiled", "responseDeadline", "moment-bt", "luxon-loop"] as const;
type Lib = (typeof LIBS)[number];
type Peer = Exclude<Lib, "compiled">;

/** `responseDeadline` plan/priority whose target equals the business time; none for 20/250 bd. */
const RD_TARGETS: Partial<Record<TargetId, { plan: PlanId; priority: "P2" | "P3" | "P4" }>> = {
  "30min": { plan: "ultimate", priority: "P2" },
  "4h": { plan: "expert", priority: "P3" },
  "1bd": { plan: "ultimate", priority: "P4" },
};

// ---------------------------------------------------------------- setup

const holidays = holidayDates();
const window = [{ start: "09:00", end: "17:00" }];
const weekly = { mon: window, tue: window, wed: window, thu: window, fri: window };
const inputs = benchInputs();
const N = inputs.length;
let blackhole = 0;

function nanArray(): Float64Array {
  return new Float64Array(N).fill(Number.NaN);
}

// The library the peer table measures (the one the ratio table measured), set by usePeerLibrary.
let addBusinessTimeAt: Library["engine"]["addBusinessTimeAt"];
let responseDeadline: Library["api"]["responseDeadline"];
let calendars: BusinessCalendar[] = [];
/** Our compiled answers: the reference every other library is compared with. */
let ours = {} as Record<TargetId, Float64Array>;

function usePeerLibrary(lib: Library): void {
  addBusinessTimeAt = lib.engine.addBusinessTimeAt;
  responseDeadline = lib.api.responseDeadline;
  calendars = ZONES.map((timeZone) =>
    lib.api.createCalendar({ timeZone, weekly, closedDates: holidays }),
  );
  ours = Object.fromEntries(
    TARGETS.map((target) => {
      const out = new Float64Array(N);
      for (let i = 0; i < N; i++)
        out[i] = addBusinessTimeAt(
          calendars[inputs.zone[i] as number] as BusinessCalendar,
          inputs.t[i] as number,
          target.ms,
        );
      return [target.id, out];
    }),
  ) as Record<TargetId, Float64Array>;
}

const theirs: Record<Peer, Record<TargetId, Float64Array>> = {
  responseDeadline: Object.fromEntries(TARGETS.map((t) => [t.id, nanArray()])) as Record<
    TargetId,
    Float64Array
  >,
  "moment-bt": Object.fromEntries(TARGETS.map((t) => [t.id, nanArray()])) as Record<
    TargetId,
    Float64Array
  >,
  "luxon-loop": Object.fromEntries(TARGETS.map((t) => [t.id, nanArray()])) as Record<
    TargetId,
    Float64Array
  >,
};

// ---------------------------------------------------------------- timing

interface Measure {
  readonly ops: number;
  readonly calls: number;
}

function timeCompiled(ms: number, minMs: number): Measure {
  const { t, zone } = inputs;
  let sink = 0;
  let calls = 0;
  let elapsed = 0;
  const start = performance.now();
  do {
    for (let i = 0; i < N; i++)
      sink += addBusinessTimeAt(
        calendars[zone[i] as number] as BusinessCalendar,
        t[i] as number,
        ms,
      );
    calls += N;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  blackhole += sink;
  return { ops: calls / (elapsed / 1000), calls };
}

function timeResponseDeadline(
  targetId: TargetId,
  spec: { plan: PlanId; priority: "P2" | "P3" | "P4" },
  minMs: number,
): Measure {
  const { t, zone } = inputs;
  const answers = theirs.responseDeadline[targetId];
  let calls = 0;
  let elapsed = 0;
  const start = performance.now();
  do {
    for (let i = 0; i < N; i++) {
      answers[i] = responseDeadline({
        plan: spec.plan,
        priority: spec.priority,
        region: "emea",
        timeZone: ZONES[zone[i] as number] as string,
        openedAt: t[i] as number,
        holidays,
      }).dueAtMs;
    }
    calls += N;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return { ops: calls / (elapsed / 1000), calls };
}

/** Time-boxed: runs inputs from `offset` on (wrapping) until `boxMs` has passed. */
function timeSlow(
  peer: "moment-bt" | "luxon-loop",
  targetId: TargetId,
  ms: number,
  offset: number,
  boxMs: number,
): Measure {
  const { t, zone } = inputs;
  const answers = theirs[peer][targetId];
  const add = peer === "moment-bt" ? momentAdd : luxonAdd;
  let calls = 0;
  let elapsed = 0;
  const start = performance.now();
  do {
    const i = (offset + calls) % N;
    answers[i] = add(ZONES[zone[i] as number] as string, t[i] as number, ms);
    calls++;
    elapsed = performance.now() - start;
  } while (elapsed < boxMs && calls < N);
  return { ops: calls / (elapsed / 1000), calls };
}

type RoundRow = Partial<Record<Lib, Measure>>;

function runRound(round: number, scale: number): Record<TargetId, RoundRow> {
  const out = {} as Record<TargetId, RoundRow>;
  const offset = Math.floor(((round + 1) * N) / (ROUNDS + 2));
  TARGETS.forEach((target, k) => {
    const row: RoundRow = {};
    const rd = RD_TARGETS[target.id];
    const steps: [Lib, () => Measure][] = [
      ["compiled", () => timeCompiled(target.ms, FAST_MIN_MS * scale)],
      [
        "moment-bt",
        () => timeSlow("moment-bt", target.id, target.ms, offset, MOMENT_BOX_MS * scale),
      ],
      [
        "luxon-loop",
        () => timeSlow("luxon-loop", target.id, target.ms, offset, LUXON_BOX_MS * scale),
      ],
    ];
    if (rd)
      steps.push([
        "responseDeadline",
        () => timeResponseDeadline(target.id, rd, FAST_MIN_MS * scale),
      ]);
    // Rotate the order per round and target so no library always runs first.
    const shift = (round + k) % steps.length;
    for (const [lib, run] of [...steps.slice(shift), ...steps.slice(0, shift)]) row[lib] = run();
    out[target.id] = row;
  });
  return out;
}

// ---------------------------------------------------------------- agreement

interface Disagreement {
  readonly checked: number;
  readonly disagreements: number;
  readonly examples: {
    zone: string;
    input: string;
    ours: string;
    theirs: string;
    deltaMs: number;
  }[];
}

function agreement(peer: Peer, targetId: TargetId): Disagreement {
  const answers = theirs[peer][targetId];
  const reference = ours[targetId];
  let checked = 0;
  let disagreements = 0;
  const examples: Disagreement["examples"] = [];
  for (let i = 0; i < N; i++) {
    const theirsAt = answers[i] as number;
    if (Number.isNaN(theirsAt)) continue;
    checked++;
    const oursAt = reference[i] as number;
    if (theirsAt === oursAt) continue;
    disagreements++;
    if (examples.length < 3) {
      const zone = ZONES[inputs.zone[i] as number] as string;
      const local = (ms: number) => DateTime.fromMillis(ms, { zone }).toISO() ?? String(ms);
      examples.push({
        zone,
        input: `${local(inputs.t[i] as number)} (${INPUT_KINDS[inputs.kind[i] as number]})`,
        ours: local(oursAt),
        theirs: local(theirsAt),
        deltaMs: theirsAt - oursAt,
      });
    }
  }
  return { checked, disagreements, examples };
}

// ---------------------------------------------------------------- output

// ---------------------------------------------------------------- main

interface Check {
  readonly name: string;
  readonly value: string;
  readonly pass: boolean;
}

function writeResults(results: Record<string, unknown>): void {
  const cacheDir = join(ROOT, ".cache");
  mkdirSync(cacheDir, { recursive: true });
  const file = join(cacheDir, "bench-latest.json");
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`results: ${file}`);
}

function printTargets(checks: readonly Check[]): void {
  console.log("\nTargets:");
  for (const c of checks) console.log(`  ${c.pass ? "PASS" : "FAIL"}  ${c.name}: ${c.value}`);
}

/** Peers, cold cost and memory: deadlines per second beside moment-business-time and luxon. */
function peersColdMemory(entry: string): { checks: Check[]; results: Record<string, unknown> } {
  // Warm-up round (not counted): compiles every year the inputs reach and JIT-warms every library.
  runRound(-1, 0.3 * SCALE);
  const rounds: Record<TargetId, RoundRow>[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    rounds.push(runRound(r, SCALE));
    console.log(`  round ${r + 1}/${ROUNDS}`);
  }

  const summary = TARGETS.map((target) => {
    const per = (lib: Lib) => rounds.map((r) => r[target.id][lib]).filter((m) => m !== undefined);
    const ops = (lib: Lib) => {
      const ms = per(lib);
      return ms.length ? median(ms.map((m) => m.ops)) : Number.NaN;
    };
    const ratio = (peer: Peer) =>
      median(
        rounds
          .map((r) => {
            const a = r[target.id].compiled;
            const b = r[target.id][peer];
            return a && b ? a.ops / b.ops : Number.NaN;
          })
          .filter((x) => !Number.isNaN(x)),
      );
    return {
      target: target.id,
      label: target.label,
      ops: Object.fromEntries(LIBS.map((lib) => [lib, ops(lib)])) as Record<Lib, number>,
      callsPerRound: Object.fromEntries(
        LIBS.map((lib) => [lib, median(per(lib).map((m) => m.calls))]),
      ) as Record<Lib, number>,
      ratioToMoment: ratio("moment-bt"),
      ratioToLuxon: ratio("luxon-loop"),
      ratioToResponseDeadline: ratio("responseDeadline"),
    };
  });
  const byTarget = (id: TargetId) =>
    summary.find((s) => s.target === id) as (typeof summary)[number];
  const growth = Object.fromEntries(
    LIBS.map((lib) => [lib, byTarget("30min").ops[lib] / byTarget("250bd").ops[lib]]),
  ) as Record<Lib, number>;

  console.log("  cold and memory (fresh processes) ...");
  const cold = measureCold(COLD_PROCESSES, entry);
  const memory = measureMemory(MEMORY_CALENDARS, MEMORY_YEARS, entry);

  const agreements = (["responseDeadline", "moment-bt", "luxon-loop"] as const).flatMap((peer) =>
    TARGETS.filter((t) => peer !== "responseDeadline" || RD_TARGETS[t.id]).map((t) => ({
      peer,
      target: t.id,
      ...agreement(peer, t.id),
    })),
  );

  // ---- print
  console.log(
    `\nDeadlines per second (median of ${ROUNDS} rounds; ratios: median of per-round ratios)\n`,
  );
  console.log(
    table(
      [
        "target",
        "compiled",
        "responseDeadline",
        "moment-bt",
        "luxon loop",
        "compiled/moment",
        "compiled/luxon",
      ],
      summary.map((s) => [
        s.label,
        fmtOps(s.ops.compiled),
        fmtOps(s.ops.responseDeadline),
        fmtOps(s.ops["moment-bt"]),
        fmtOps(s.ops["luxon-loop"]),
        fmtRatio(s.ratioToMoment),
        fmtRatio(s.ratioToLuxon),
      ]),
    ),
  );
  console.log(
    `\ncalls per round: compiled/responseDeadline whole passes over all ${N} openings; moment-bt ` +
      summary.map((s) => `${s.label} ${s.callsPerRound["moment-bt"]}`).join(", ") +
      "; luxon loop " +
      summary.map((s) => `${s.label} ${s.callsPerRound["luxon-loop"]}`).join(", "),
  );
  console.log(
    `growth 30 min -> 250 bd (time per deadline): compiled ${fmtRatio(growth.compiled)}, ` +
      `responseDeadline n/a, moment-bt ${fmtRatio(growth["moment-bt"])}, luxon loop ${fmtRatio(growth["luxon-loop"])}`,
  );
  const coldLine = (name: string, c: (typeof cold)["add"]) =>
    `${name}: ${c.medianSecondZoneMs.toFixed(2)} ms for a never-seen calendar; the very first call of the process ${c.medianFirstMs.toFixed(2)} ms (max ${c.maxFirstMs.toFixed(2)}); import ${c.medianImportMs.toFixed(1)} ms`;
  console.log(`cold, fresh processes (${COLD_PROCESSES} each), medians:`);
  console.log(`  ${coldLine("createCalendar + addBusinessTime", cold.add)}`);
  console.log(`  ${coldLine("responseDeadline", cold.rd)}`);
  console.log(
    `  ${coldLine("createCalendar + addBusinessTime, Intl already initialised", cold.addWarmIntl)}`,
  );
  console.log(
    "  (the very first call also pays the runtime's one-time Intl/ICU initialisation, ~11 ms here for any\n" +
      "   code that formats a date, and the first run of the library's and zod's code; the target is judged\n" +
      "   on a calendar never seen before in a fresh process, after one unrelated call)",
  );
  console.log(
    `memory per compiled calendar-year (${memory.calendars} calendars x ${memory.years} years): ` +
      `${(memory.totalPerCalendarYear / 1024).toFixed(1)} kB heap + typed-array buffers ` +
      `(${(memory.heapPerCalendarYear / 1024).toFixed(1)} kB JS heap); ` +
      `${(memory.perCalendarOverhead / 1024).toFixed(1)} kB per calendar before compiling`,
  );
  console.log("\nAgreement with our compiled answers (epoch ms, exact):");
  for (const a of agreements) {
    console.log(
      `  ${a.peer.padEnd(16)} ${a.target.padEnd(6)} ${a.disagreements} of ${a.checked} disagree`,
    );
    for (const e of a.examples)
      console.log(
        `      ${e.zone} opened ${e.input}: ours ${e.ours}, theirs ${e.theirs} (${e.deltaMs > 0 ? "+" : ""}${e.deltaMs} ms)`,
      );
  }

  const minOps = (lib: Lib, ids: TargetId[]) => Math.min(...ids.map((id) => byTarget(id).ops[lib]));
  const allIds = TARGETS.map((t) => t.id);
  const checks: Check[] = [
    {
      name: "compiled >= 2,000,000 deadlines/s warm (slowest target)",
      value: fmtOps(minOps("compiled", allIds)),
      pass: minOps("compiled", allIds) >= 2_000_000,
    },
    {
      name: "compiled 250 bd within 1.5x of 30 min",
      value: fmtRatio(growth.compiled),
      pass: growth.compiled <= 1.5,
    },
    {
      name: "responseDeadline >= 100,000/s (slowest of 30 min, 4 h, 1 bd)",
      value: fmtOps(minOps("responseDeadline", ["30min", "4h", "1bd"])),
      pass: minOps("responseDeadline", ["30min", "4h", "1bd"]) >= 100_000,
    },
    {
      name: ">= 100x moment-business-time at 30 min",
      value: fmtRatio(byTarget("30min").ratioToMoment),
      pass: byTarget("30min").ratioToMoment >= 100,
    },
    {
      name: ">= 10,000x moment-business-time at 250 bd",
      value: fmtRatio(byTarget("250bd").ratioToMoment),
      pass: byTarget("250bd").ratioToMoment >= 10_000,
    },
    {
      name: "cold: never-seen calendar, createCalendar + addBusinessTime < 2 ms",
      value: `${cold.add.medianSecondZoneMs.toFixed(2)} ms`,
      pass: cold.add.medianSecondZoneMs < 2,
    },
    {
      name: "cold: never-seen zone, responseDeadline < 2 ms",
      value: `${cold.rd.medianSecondZoneMs.toFixed(2)} ms`,
      pass: cold.rd.medianSecondZoneMs < 2,
    },
    {
      name: "memory < 64 kB per compiled calendar-year",
      value: `${(memory.totalPerCalendarYear / 1024).toFixed(1)} kB`,
      pass: memory.totalPerCalendarYear < 64 * 1024,
    },
  ];
  return {
    checks,
    results: {
      rounds: ROUNDS,
      summary,
      growth,
      cold,
      memory,
      agreements,
      checks,
      perRound: rounds,
    },
  };
}

/** The command line's start-up beside `node -e 0`, in fresh processes, with its target. */
async function startupSection(): Promise<{
  check: Check;
  startup: ReturnType<typeof measureStartup>;
}> {
  console.log(`\nStart-up of the command line (fresh processes, ${STARTUP_ROUNDS} rounds) ...`);
  const cli = await buildCliForBench(
    options.dist,
    options.src === undefined ? undefined : resolve(options.src),
  );
  const startup = measureStartup(cli, STARTUP_ROUNDS);
  console.log(`\n${formatStartup(startup)}`);
  const check: Check = {
    name: `an adobe-sla due process <= ${STARTUP_TARGET}x node -e 0 (fresh processes, wall)`,
    value: fmtRatio(startup.ratio.median),
    pass: startup.ratio.median <= STARTUP_TARGET,
  };
  return { check, startup };
}

async function main(): Promise<void> {
  const began = performance.now();
  const machine = machineLine();
  console.log(`adobe-support-sla benchmark${QUICK ? " (--quick)" : ""}`);
  console.log(`machine: ${machine}`);
  console.log(
    `inputs: ${N} openings (seed ${SEED}) in ${ZONES.join(", ")}: ${Object.entries(inputs.counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(", ")}; Mon-Fri 09:00-17:00, ${holidays.length} holidays`,
  );
  if (options["startup-only"]) {
    const { check, startup } = await startupSection();
    printTargets([check]);
    console.log(`\nmachine: ${machine}`);
    writeResults({
      date: new Date().toISOString(),
      machine,
      quick: QUICK,
      startup,
      checks: [check],
    });
    return;
  }

  console.log(
    "\nRatio to the floor (call ops/s / floor ops/s; floor = two binary searches over sorted\n" +
      "Float64Arrays with prefix sums, bench/floor.ts; checking answers, then timing) ...",
  );
  const built = await buildForBench(
    options.dist,
    options.src === undefined ? undefined : resolve(options.src),
  );
  const lib = await loadLibrary(options.tsx ? undefined : built);
  console.log(`  measuring: ${lib.source}`);
  const { rows: ratios, sink } = measureRatios(inputs, lib, {
    rounds: RATIO_ROUNDS,
    minMs: RATIO_MIN_MS,
    log: (line) => console.log(line),
  });
  blackhole += sink;
  console.log(
    `\nRatio to the floor: median of ${RATIO_ROUNDS} rounds (floor and call alternate, >= ${RATIO_MIN_MS} ms each); range = min-max of the rounds\n`,
  );
  console.log(formatRatios(ratios));
  console.log(
    "  one floor for every row: the deadline of the same opening (expert P2/P3/P4 = 2 h/4 h/8 h of\n" +
      "  business time, input i takes i mod 3); every answer above was checked equal to the floor's\n" +
      "  (deadline, clock start, elapsed time and state, eligibility, open/next opening)",
  );
  const checks: Check[] = ratios
    .filter((r) => r.target !== null)
    .map((r) => ({
      name: `${r.label} >= ${fmtRatio(r.target as number)} the floor`,
      value: fmtRatio(r.ratio),
      pass: r.pass === true,
    }));
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine,
    quick: QUICK,
    seed: SEED,
    inputs: { total: N, zones: ZONES, kinds: inputs.counts, holidays: holidays.length },
    measured: lib.source,
    ratios,
  };

  if (!options["ratios-only"]) {
    console.log(`\nImport cost (fresh processes, ${IMPORT_ROUNDS} rounds) ...`);
    console.log(`  package: ${built.source}`);
    const importCost: ImportCost = measureImportCost(built, IMPORT_ROUNDS);
    console.log(`\n${formatImportCost(importCost)}`);
    checks.push({
      name: `import the package <= ${IMPORT_TARGET}x import zod/mini (fresh processes, wall)`,
      value: fmtRatio(importCost.ratio.median),
      pass: importCost.ratio.median <= IMPORT_TARGET,
    });
    results.importCost = importCost;

    const { check: startupCheck, startup } = await startupSection();
    checks.push(startupCheck);
    results.startup = startup;

    console.log("\nPeers: deadlines per second beside moment-business-time and a luxon loop ...");
    setupMoment();
    usePeerLibrary(lib);
    const peers = peersColdMemory(built.esm);
    checks.push(...peers.checks);
    Object.assign(results, peers.results);
  }

  printTargets(checks);
  console.log(`\nmachine: ${machine}`);
  const seconds = (performance.now() - began) / 1000;
  console.log(`(${seconds.toFixed(0)} s)`);
  writeResults({ ...results, checks, seconds, blackhole });
}

await main();
