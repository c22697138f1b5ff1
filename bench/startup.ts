/**
 * Start-up of the command line: wall time of fresh processes side by side in rounds (the order
 * rotating): `node -e 0`, an `adobe-sla due` process, and for information the runtime's own floor
 * for any `due` (an ES module file that formats one date in a zone: the first `Intl.DateTimeFormat`
 * of a process loads ICU's data, which no date library avoids). The ratio `due` / `node -e 0` is
 * taken per round; the median and range are reported against {@link STARTUP_TARGET}.
 *
 * The command line is built from `src/` with the options of its entry in tsup.config.ts into
 * `.cache/bench-build/cli/` (`dist/` is never written), or taken from `dist/cli.cjs` as it is.
 */

import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Options } from "tsup";
import { fmtRatio, median, ROOT, range, runNode, table } from "./stats.js";

/** Target: an `adobe-sla due` process costs at most this many times a bare `node -e 0`. */
export const STARTUP_TARGET = 1.5;

/** The `due` request every process answers, and the deadline it must print. */
const DUE_ARGS = [
  "due",
  "--plan",
  "expert",
  "--priority",
  "P1",
  "--region",
  "emea",
  "--opened",
  "2026-11-23T09:00:00Z",
] as const;
const DUE_AT = "2026-11-23T10:00:00.000Z";

const FLOOR_MODULE = `// The runtime's floor for a \`due\` process: an ES module that formats one date in a zone.
new Intl.DateTimeFormat("en-US", { timeZone: "Europe/London", hour: "numeric" }).format(0);
`;

const KINDS = ["node -e 0", "floor", "due"] as const;
type StartupKind = (typeof KINDS)[number];

export interface StartupCost {
  readonly rounds: number;
  /** The command line measured, for the report. */
  readonly cli: string;
  /** Median wall time per process, ms. */
  readonly medianMs: Record<StartupKind, number>;
  /** Median (and range) per round of `due` over `node -e 0`. */
  readonly ratio: { readonly median: number; readonly min: number; readonly max: number };
  /** The same for the floor, for information. */
  readonly floorRatio: { readonly median: number; readonly min: number; readonly max: number };
}

/**
 * The command line to measure: `dist/cli.cjs` with `useDist`, otherwise `src` (default: the
 * working tree's `src/`) built with the options of the `cli` entries of tsup.config.ts (all its
 * files: `cli.cjs` loads the others). `due` never loads the iCalendar reader, which is not built.
 */
export async function buildCliForBench(
  useDist: boolean,
  src: string = join(ROOT, "src"),
): Promise<{ file: string; source: string }> {
  if (useDist) {
    const file = join(ROOT, "dist", "cli.cjs");
    if (!existsSync(file)) throw new Error("--dist: dist/cli.cjs is missing; run npm run build");
    return { file, source: "dist/cli.cjs as it is" };
  }
  const { default: config } = (await import("../tsup.config.js")) as { default: unknown };
  const entries = (Array.isArray(config) ? config : [config]) as Options[];
  const cli = entries.find(
    (options) =>
      typeof options.entry === "object" && !Array.isArray(options.entry) && "cli" in options.entry,
  );
  if (cli === undefined) throw new Error("tsup.config.ts has no `cli` entry");
  const { build } = await import("tsup");
  const outDir = join(ROOT, ".cache", "bench-build", "cli");
  await build({
    ...cli,
    config: false,
    entry: Object.fromEntries(
      Object.entries(cli.entry as Record<string, string>).map(([name, path]) => [
        name,
        join(src, relative("src", path)),
      ]),
    ),
    outDir,
    dts: false,
    sourcemap: false,
    clean: true,
    silent: true,
  });
  const file = join(outDir, "cli.cjs");
  if (!existsSync(file)) throw new Error(`bench build: ${file} was not written`);
  const from = src === join(ROOT, "src") ? "src/" : src;
  return {
    file,
    source: `${from} built into .cache/bench-build/cli with tsup.config.ts's cli entry`,
  };
}

/** Runs `rounds` rounds of the three processes. */
export function measureStartup(cli: { file: string; source: string }, rounds: number): StartupCost {
  const floorFile = join(ROOT, ".cache", "bench-build", "startup-floor.mjs");
  mkdirSync(join(ROOT, ".cache", "bench-build"), { recursive: true });
  writeFileSync(floorFile, FLOOR_MODULE);
  const args: Record<StartupKind, string[]> = {
    "node -e 0": ["-e", "0"],
    floor: [floorFile],
    due: [cli.file, ...DUE_ARGS],
  };
  // One unmeasured run of each (the file cache is warm for every kind alike), checking the answer.
  for (const kind of KINDS) {
    const out = runNode(args[kind]).stdout;
    if (kind === "due" && !out.includes(DUE_AT))
      throw new Error(`adobe-sla due printed no ${DUE_AT}:\n${out}`);
  }
  const times: Record<StartupKind, number[]> = { "node -e 0": [], floor: [], due: [] };
  const ratios: number[] = [];
  const floorRatios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const ms = {} as Record<StartupKind, number>;
    for (let k = 0; k < KINDS.length; k++) {
      const kind = KINDS[(k + round) % KINDS.length] as StartupKind;
      ms[kind] = runNode(args[kind]).wallMs;
      times[kind].push(ms[kind]);
    }
    ratios.push(ms.due / ms["node -e 0"]);
    floorRatios.push(ms.floor / ms["node -e 0"]);
  }
  const summary = (values: number[]) => ({ median: median(values), ...range(values) });
  return {
    rounds,
    cli: cli.source,
    medianMs: Object.fromEntries(KINDS.map((k) => [k, median(times[k])])) as Record<
      StartupKind,
      number
    >,
    ratio: summary(ratios),
    floorRatio: summary(floorRatios),
  };
}

/** The start-up table as text. */
export function formatStartup(cost: StartupCost): string {
  const bare = cost.medianMs["node -e 0"];
  const row = (label: string, kind: StartupKind, ratio?: StartupCost["ratio"], judged = false) => [
    label,
    `${cost.medianMs[kind].toFixed(1)} ms`,
    kind === "node -e 0" ? "" : `+${(cost.medianMs[kind] - bare).toFixed(1)} ms`,
    ratio ? fmtRatio(ratio.median) : "1x",
    ratio ? `${fmtRatio(ratio.min)}-${fmtRatio(ratio.max)}` : "",
    judged ? `<= ${STARTUP_TARGET}x` : "",
    judged && ratio ? (ratio.median <= STARTUP_TARGET ? "PASS" : "FAIL") : "",
  ];
  return [
    table(
      ["process", "wall (median)", "over node -e 0", "/ node -e 0", "range", "target", ""],
      [
        row("node -e 0", "node -e 0"),
        row("floor: one Intl date in a zone (ESM)", "floor", cost.floorRatio),
        row(`adobe-sla ${DUE_ARGS.join(" ")}`, "due", cost.ratio, true),
      ],
    ),
    `  ratios: median of the per-round ratios (${cost.rounds} rounds, order rotating); command line: ${cost.cli}`,
  ].join("\n");
}
