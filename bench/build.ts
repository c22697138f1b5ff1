/**
 * The built package the fresh-process measurements import: built from `src/` with tsup into
 * `.cache/bench-build/` (never into `dist/`, which tests and other tools may be reading), or
 * `dist/` as it is. Also {@link ensureBuilt}, which `bench/report.ts` uses.
 */

import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Options } from "tsup";
import { ROOT } from "./stats.js";

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Runs `npm run build` in `root` unless `artifact` exists and is newer than every file in `src/`. */
export function ensureBuilt(root: string, artifact: string): void {
  if (existsSync(artifact) && statSync(artifact).mtimeMs >= newestMtime(join(root, "src"))) return;
  process.stderr.write(`${artifact} missing or older than src/: npm run build ...\n`);
  execFileSync("npm", ["run", "build"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
}

/** Entry files of the package to import in fresh processes. */
export interface BuiltPackage {
  /** ES modules one file per source module, as `dist/index.js` is published (what bundlers read). */
  readonly esm: string;
  /** The same as one bundled file (zod external), as `dist/index.node.js`: what Node's `import` loads. */
  readonly bundle: string;
  /** Where they come from, for the report. */
  readonly source: string;
}

/**
 * Builds `src` (default: the working tree's `src/`; another tree, such as
 * `git archive HEAD src | tar -x -C /tmp/before`, for a before/after comparison) into
 * `.cache/bench-build/{esm,bundle}` with the options of the package's own ESM build
 * (tsup.config.ts), without declarations or source maps. With `useDist`, imports `dist/index.js`
 * as it is instead (and bundles it, without touching `dist/`).
 */
export async function buildForBench(
  useDist: boolean,
  src: string = join(ROOT, "src"),
): Promise<BuiltPackage> {
  const { build } = await import("tsup");
  const out = join(ROOT, ".cache", "bench-build");
  const common: Options = {
    config: false,
    format: ["esm"],
    target: "es2022",
    platform: "neutral",
    silent: true,
    dts: false,
    sourcemap: false,
    clean: true,
    external: ["zod"],
  };
  let esm = join(ROOT, "dist", "index.js");
  if (useDist) {
    if (!existsSync(esm)) throw new Error("--dist: dist/index.js is missing; run npm run build");
  } else {
    await build({
      ...common,
      entry: [join(src, "**/*.ts"), `!${join(src, "cli/**")}`],
      bundle: false,
      outDir: join(out, "esm"),
    });
    esm = join(out, "esm", "index.js");
  }
  await build({
    ...common,
    entry: { index: useDist ? esm : join(src, "index.ts") },
    bundle: true,
    outDir: join(out, "bundle"),
  });
  const bundle = join(out, "bundle", "index.js");
  for (const file of [esm, bundle])
    if (!existsSync(file)) throw new Error(`bench build: ${file} was not written`);
  const from = src === join(ROOT, "src") ? "src/" : src;
  return {
    esm,
    bundle,
    source: useDist ? "dist/ as it is" : `${from} built into .cache/bench-build`,
  };
}
