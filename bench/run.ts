/**
 * `npm run bench`: deadlines per second of this library's compiled path, `responseDeadline`,
 * moment-business-time and a hand-written luxon loop on the same seeded openings, interleaved in
 * each round; cold cost and memory in fresh processes; answers checked against ours. Not a test.
 */

import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { DateTime } from "luxon";
import { addBusinessTimeAt } from "../src/engine/query.js";
import {
  type BusinessCalendar,
  createCalendar,
  type PlanId,
  responseDeadline,
} from "../src/index.js";
import { ensureBuilt } from "./build.js";
import { measureCold, ROOT } from "./cold.js";
import {
  generateInputs,
  holidayDates,
  INPUT_KINDS,
  TARGETS,
  type TargetId,
  ZONES,
} from "./inputs.js";
import { measureMemory } from "./memory.js";
import { luxonAdd, momentAdd, setupMoment } from "./peers.js";

const SEED = 20_240_101;
const ROUNDS = 5;
/** Each fast measurement repeats whole passes over the inputs for at least this long. */
const FAST_MIN_MS = 150;
/** Slow peers are time-boxed per round and target; ops/s is computed from what ran. */
const MOMENT_BOX_MS = 1000;
const LUXON_BOX_MS = 400;
const COLD_PROCESSES = 11;
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

// ---------------------------------------------------------------- build

// ---------------------------------------------------------------- setup

const holidays = holidayDates();
const window = [{ start: "09:00", end: "17:00" }];
const weekly = { mon: window, tue: window, wed: window, thu: window, fri: window };
const calendars: BusinessCalendar[] = ZONES.map((timeZone) =>
  createCalendar({ timeZone, weekly, closedDates: holidays }),
);
const inputs = generateInputs(SEED, { uniform: 1200, dst: 800, edgeDays: 150 });
const N = inputs.length;
let blackhole = 0;

function nanArray(): Float64Array {
  return new Float64Array(N).fill(Number.NaN);
}

/** Our compiled answers: the reference every other library is compared with. */
const ours = Object.fromEntries(
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

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
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

const fmtInt = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
function fmtOps(ops: number | undefined): string {
  if (ops === undefined || Number.isNaN(ops)) return "n/a";
  if (ops < 100) return ops.toFixed(1);
  return fmtInt.format(ops);
}
function fmtRatio(r: number | undefined): string {
  if (r === undefined || Number.isNaN(r)) return "n/a";
  return r < 10 ? `${r.toFixed(2)}x` : `${fmtInt.format(r)}x`;
}
function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

// ---------------------------------------------------------------- main

function main(): void {
  const began = performance.now();
  ensureBuilt(ROOT, join(ROOT, "dist", "index.js"));
  setupMoment();
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const machine = `${cpu} (${os.cpus().length} logical cores), ${os.platform()} ${os.arch()}, node ${process.version}`;
  console.log(`adobe-support-sla benchmark — ${machine}`);
  console.log(
    `${N} openings (seed ${SEED}) in ${ZONES.join(", ")}: ${Object.entries(inputs.counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(", ")}; Mon-Fri 09:00-17:00, ${holidays.length} holidays`,
  );

  // Warm-up round (not counted): compiles every year the inputs reach and JIT-warms every library.
  runRound(-1, 0.3);
  const rounds: Record<TargetId, RoundRow>[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    rounds.push(runRound(r, 1));
    process.stdout.write(`round ${r + 1}/${ROUNDS} done\n`);
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

  console.log("\nCold and memory (fresh processes, built dist/index.js) ...");
  const cold = measureCold(COLD_PROCESSES);
  const memory = measureMemory(MEMORY_CALENDARS, MEMORY_YEARS);

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
  console.log(`machine: ${machine}`);

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
  const checks = [
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
  console.log("\nTargets:");
  for (const c of checks) console.log(`  ${c.pass ? "PASS" : "FAIL"}  ${c.name}: ${c.value}`);

  const seconds = (performance.now() - began) / 1000;
  console.log(`\n(${seconds.toFixed(0)} s)`);
  const cacheDir = join(ROOT, ".cache");
  mkdirSync(cacheDir, { recursive: true });
  const file = join(cacheDir, "bench-latest.json");
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: { cpu, cores: os.cpus().length, platform: os.platform(), node: process.version },
        seed: SEED,
        inputs: { total: N, zones: ZONES, kinds: inputs.counts, holidays: holidays.length },
        rounds: ROUNDS,
        summary,
        growth,
        cold,
        memory,
        agreements,
        checks,
        perRound: rounds,
        seconds,
        blackhole,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`results: ${file}`);
}

main();
