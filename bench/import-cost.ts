/**
 * Import cost: wall time of fresh `node -e "import(...)"` processes, side by side in rounds (the
 * order rotating): `node -e 0`, importing `zod/mini` alone, importing the package as Node loads it
 * (the `node` condition of `exports`: `dist/index.node.js`, one bundled ES file, zod external),
 * and the one-file-per-module ES build that bundlers get (`package unbundled`, for information).
 * The ratio package/zod is taken per round; the median and range are reported.
 */

import { pathToFileURL } from "node:url";
import type { BuiltPackage } from "./build.js";
import { fmtRatio, median, range, runNode, table } from "./stats.js";

export interface ImportCost {
  readonly rounds: number;
  /** Median wall time per process, ms. */
  readonly medianMs: Record<ImportKind, number>;
  /** Fastest wall time per process, ms: the least disturbed by other load. */
  readonly fastestMs: Record<ImportKind, number>;
  /** Median (and range) per round of the package's time over `zod/mini`'s. */
  readonly ratio: { readonly median: number; readonly min: number; readonly max: number };
  /** The same for the one-file-per-module ES build (what bundlers read). */
  readonly bundleRatio: { readonly median: number; readonly min: number; readonly max: number };
}

const KINDS = ["node -e 0", "zod/mini", "package", "package unbundled"] as const;
type ImportKind = (typeof KINDS)[number];

/** Runs `rounds` rounds of the four processes. */
export function measureImportCost(built: BuiltPackage, rounds: number): ImportCost {
  const scripts: Record<ImportKind, string> = {
    "node -e 0": "0",
    "zod/mini": `import("zod/mini")`,
    package: `import(${JSON.stringify(pathToFileURL(built.bundle).href)})`,
    "package unbundled": `import(${JSON.stringify(pathToFileURL(built.esm).href)})`,
  };
  // One unmeasured run of each: the file cache is warm for every kind alike.
  for (const kind of KINDS) runNode(["-e", scripts[kind]]);
  const times: Record<ImportKind, number[]> = {
    "node -e 0": [],
    "zod/mini": [],
    package: [],
    "package unbundled": [],
  };
  const ratios: number[] = [];
  const bundleRatios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const ms = {} as Record<ImportKind, number>;
    for (let k = 0; k < KINDS.length; k++) {
      const kind = KINDS[(k + round) % KINDS.length] as ImportKind;
      ms[kind] = runNode(["-e", scripts[kind]]).wallMs;
      times[kind].push(ms[kind]);
    }
    ratios.push(ms.package / ms["zod/mini"]);
    bundleRatios.push(ms["package unbundled"] / ms["zod/mini"]);
  }
  const summary = (values: number[]) => ({ median: median(values), ...range(values) });
  return {
    rounds,
    medianMs: Object.fromEntries(KINDS.map((k) => [k, median(times[k])])) as Record<
      ImportKind,
      number
    >,
    fastestMs: Object.fromEntries(KINDS.map((k) => [k, Math.min(...times[k])])) as Record<
      ImportKind,
      number
    >,
    ratio: summary(ratios),
    bundleRatio: summary(bundleRatios),
  };
}

/** Target: importing the package costs at most this many times importing `zod/mini` alone. */
export const IMPORT_TARGET = 1.2;

/** The import table as text. */
export function formatImportCost(cost: ImportCost): string {
  const bare = cost.medianMs["node -e 0"];
  const zod = cost.medianMs["zod/mini"];
  const row = (kind: ImportKind, ratio?: ImportCost["ratio"], judged = false) => [
    kind,
    `${cost.medianMs[kind].toFixed(1)} ms`,
    kind === "node -e 0" ? "" : `+${(cost.medianMs[kind] - bare).toFixed(1)} ms`,
    ratio ? fmtRatio(ratio.median) : kind === "zod/mini" ? "1x" : "",
    ratio ? `${fmtRatio(ratio.min)}-${fmtRatio(ratio.max)}` : "",
    judged ? `<= ${IMPORT_TARGET}x` : "",
    judged && ratio ? (ratio.median <= IMPORT_TARGET ? "PASS" : "FAIL") : "",
  ];
  return [
    table(
      ["process", "wall (median)", "over node -e 0", "/ zod/mini", "range", "target", ""],
      [
        row("node -e 0"),
        row("zod/mini"),
        row("package", cost.ratio, true),
        row("package unbundled", cost.bundleRatio),
      ],
    ),
    `  package beyond bare node: ${((cost.medianMs.package - bare) / (zod - bare)).toFixed(2)}x what zod/mini adds (${cost.rounds} rounds)`,
    `  fastest runs: node -e 0 ${cost.fastestMs["node -e 0"].toFixed(1)} ms, zod/mini ${cost.fastestMs["zod/mini"].toFixed(1)} ms, package ${cost.fastestMs.package.toFixed(1)} ms (${fmtRatio(cost.fastestMs.package / cost.fastestMs["zod/mini"])}), unbundled ${cost.fastestMs["package unbundled"].toFixed(1)} ms`,
  ].join("\n");
}
