/**
 * Where a call spends its time: builds the package as the bench does, runs one row of the ratio
 * table (bench/ratios.ts) for a few seconds on the bench inputs under the V8 profiler (started
 * after setup and checking, so only the timed calls are sampled), then prints the functions with
 * the most self time, by function and by file.
 * `npx tsx bench/profile.ts [call label] [seconds] [--src DIR] [--tsx]`, e.g.
 * `npx tsx bench/profile.ts responseDeadline 3` (labels as in the ratio table; --src and --tsx as
 * for bench/run.ts); the profile is written to .cache/profiles/ for Chrome DevTools or speedscope.
 */

import { mkdirSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildForBench } from "./build.js";
import { benchInputs } from "./inputs.js";
import { loadLibrary, ratioCandidates } from "./ratios.js";
import { ROOT, table } from "./stats.js";

interface ProfileNode {
  readonly id: number;
  readonly callFrame: {
    readonly functionName: string;
    readonly url: string;
    readonly lineNumber: number;
  };
}
interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Self time per function (name and file), as shares of all samples. */
function selfTimes(profile: CpuProfile): { name: string; where: string; share: number }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, { name: string; where: string; us: number }>();
  let all = 0;
  profile.samples.forEach((id, k) => {
    const us = profile.timeDeltas[k] ?? 0;
    all += us;
    const frame = (byId.get(id) as ProfileNode).callFrame;
    const file = frame.url.startsWith("file://")
      ? relative(ROOT, new URL(frame.url).pathname)
      : frame.url || "(native)";
    const where = frame.lineNumber > 0 ? `${file}:${frame.lineNumber + 1}` : file;
    const name = frame.functionName || "(anonymous)";
    const key = `${name}@${where}`;
    const entry = totals.get(key) ?? { name, where, us: 0 };
    entry.us += us;
    totals.set(key, entry);
  });
  return [...totals.values()]
    .map((e) => ({ name: e.name, where: e.where, share: e.us / all }))
    .sort((a, b) => b.share - a.share);
}

async function main(
  label: string,
  seconds: number,
  options: { tsx: boolean; src?: string | undefined },
): Promise<void> {
  const lib = await loadLibrary(
    options.tsx
      ? undefined
      : await buildForBench(false, options.src === undefined ? undefined : resolve(options.src)),
  );
  const { rows } = ratioCandidates(benchInputs(), lib);
  const row = rows.find((r) => r.label === label);
  if (!row) throw new Error(`no call "${label}"; one of: ${rows.map((r) => r.label).join(", ")}`);
  row.check(); // also warms the call up
  row.time(500);
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 100 });
  await session.post("Profiler.start");
  const { ops } = row.time(seconds * 1000);
  const { profile } = (await session.post("Profiler.stop")) as unknown as { profile: CpuProfile };
  session.disconnect();
  const dir = join(ROOT, ".cache", "profiles");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${label.replace(/[^A-Za-z0-9]+/g, "-")}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  const top = selfTimes(profile);
  console.log(
    `${label} (${lib.source}): ${Math.round(ops).toLocaleString("en-US")} calls/s under the profiler`,
  );
  console.log(`profile: ${relative(ROOT, file)}\n`);
  console.log(
    table(
      ["self time", "function", "where"],
      top.slice(0, 30).map((e) => [`${(e.share * 100).toFixed(1)}%`, e.name, e.where]),
    ),
  );
  const byFile = new Map<string, number>();
  for (const e of top) {
    const file = e.where.replace(/:\d+$/, "");
    byFile.set(file, (byFile.get(file) ?? 0) + e.share);
  }
  console.log(
    `\n${table(
      ["self time", "file"],
      [...byFile]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 15)
        .map(([file, share]) => [`${(share * 100).toFixed(1)}%`, file]),
    )}`,
  );
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { tsx: { type: "boolean", default: false }, src: { type: "string" } },
});
await main(positionals[0] ?? "responseDeadline", Number(positionals[1] ?? 3), values);
