/** Runs every code sample of README.md, docs/ and the TSDoc `@example`s, one test per sample (see docs/README.md). */

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as library from "../../src/index.js";
import type { SampleResult } from "./run-samples.js";
import { collectSamples, type GeneratedSample, generateSamples, type Problem } from "./samples.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const here = fileURLToPath(new URL(".", import.meta.url));

/** At most this many samples may be marked `no-run`. */
const MAX_SKIPPED = 5;

/** The file `adobe-support-sla/schema.json` resolves to, when the package exports one that exists. */
function schemaFile(): string | null {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    exports?: Record<string, unknown>;
  };
  let target = pkg.exports?.["./schema.json"];
  while (target !== null && typeof target === "object") {
    const conditions = target as Record<string, unknown>;
    target = conditions.import ?? conditions.default ?? conditions.require;
  }
  if (typeof target !== "string") return null;
  const file = resolve(root, target);
  return existsSync(file) ? file : null;
}

const { samples, problems: extractionProblems } = collectSamples(root);
const runnable = samples.filter((s) => s.skip === null);
const skipped = samples.filter((s) => s.skip !== null);

let outDir = "";
let generated = new Map<string, GeneratedSample>();
let results = new Map<string, SampleResult>();
let runnerFailure: string | null = null;
/** Type errors of each TypeScript sample, by sample id, located in the documentation. */
let typeErrors = new Map<string, string[]>();

const format = (p: Problem) => `${p.file}:${p.line}: ${p.message}`;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Paths of generated modules pointed back at the documentation (with lines), internal frames dropped. */
function mapStack(stack: string): string {
  let out = stack;
  for (const g of generated.values()) {
    const path = escapeRegExp(join(outDir, g.fileName));
    out = out.replace(
      new RegExp(`(?:file://)?${path}(?::(\\d+)(?::(\\d+))?)?`, "g"),
      (_, line?: string, column?: string) =>
        line === undefined
          ? `${g.sample.id} (generated module)`
          : `${g.sample.file}:${g.sample.firstLine + Number(line) - 1}${column ? `:${column}` : ""}`,
    );
  }
  return out
    .split("\n")
    .filter(
      (l) => !/^\s+at /.test(l) || !/node:internal|\/node_modules\/|test\/docs\/expect\.ts/.test(l),
    )
    .join("\n");
}

/**
 * Type-checks the generated TypeScript samples with the repository's compiler options (unused
 * names allowed: a sample may import more than it shows), so that a renamed field or a changed
 * type fails here too, not only a changed value.
 */
function typeCheck(files: readonly GeneratedSample[]): Map<string, string[]> {
  const config = ts.readConfigFile(join(root, "tsconfig.json"), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const byPath = new Map(files.map((g) => [resolve(outDir, g.fileName), g]));
  const program = ts.createProgram([...byPath.keys()], {
    ...options,
    noEmit: true,
    noUnusedLocals: false,
    noUnusedParameters: false,
    allowImportingTsExtensions: true,
  });
  const errors = new Map<string, string[]>();
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const g = d.file ? byPath.get(resolve(d.file.fileName)) : undefined;
    if (!g || !d.file) continue;
    const { line } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
    const where = `${g.sample.file}:${g.sample.firstLine + line}`;
    const message = ts.flattenDiagnosticMessageText(d.messageText, "\n  ");
    errors.set(g.sample.id, [
      ...(errors.get(g.sample.id) ?? []),
      `${where}: type error TS${d.code}: ${message}`,
    ]);
  }
  return errors;
}

beforeAll(() => {
  const cache = join(root, "node_modules", ".cache");
  mkdirSync(cache, { recursive: true });
  // Inside the repository, so that a sample's other imports (zod, luxon) resolve as in a project.
  outDir = mkdtempSync(join(cache, "doc-samples-"));
  const list = generateSamples(samples, {
    root,
    outDir,
    libraryFile: join(root, "src", "index.ts"),
    schemaFile: schemaFile(),
    expectFile: join(here, "expect.ts"),
    libraryExports: Object.keys(library),
  });
  generated = new Map(list.map((g) => [g.sample.id, g]));
  // Under node_modules the repository's package.json no longer applies: make the samples ES modules.
  writeFileSync(join(outDir, "package.json"), '{ "type": "module" }\n');
  for (const g of list) writeFileSync(join(outDir, g.fileName), g.code);
  const toRun = list.filter((g) => g.sample.skip === null && g.problems.length === 0);
  typeErrors = typeCheck(toRun.filter((g) => g.sample.lang === "ts"));
  const manifest = join(outDir, "manifest.json");
  const resultsFile = join(outDir, "results.json");
  writeFileSync(
    manifest,
    JSON.stringify(toRun.map((g) => ({ id: g.sample.id, path: join(outDir, g.fileName) }))),
  );
  const child = spawnSync(
    process.execPath,
    ["--import", "tsx", join(here, "run-samples.ts"), manifest, resultsFile],
    { cwd: root, encoding: "utf8", timeout: 240_000 },
  );
  if (child.status !== 0 || !existsSync(resultsFile)) {
    runnerFailure = `the sample runner exited with ${child.status ?? child.signal}:\n${child.stderr}`;
    return;
  }
  const list2 = JSON.parse(readFileSync(resultsFile, "utf8")) as SampleResult[];
  results = new Map(list2.map((r) => [r.id, r]));
}, 300_000);

afterAll(() => {
  if (outDir !== "" && !process.env.KEEP_DOC_SAMPLES)
    rmSync(outDir, { recursive: true, force: true });
});

describe("documentation samples", () => {
  it("are found in the README, the guides and the TSDoc comments", () => {
    expect(samples.filter((s) => s.file === "README.md").length).toBeGreaterThan(0);
    expect(samples.filter((s) => s.file.startsWith("docs/")).length).toBeGreaterThan(10);
    expect(samples.filter((s) => s.origin === "tsdoc").length).toBeGreaterThan(0);
  });

  it("are all readable: every fence names its language, every no-run gives a reason", () => {
    expect(extractionProblems.map(format)).toEqual([]);
  });

  it(`are skipped (no-run) at most ${MAX_SKIPPED} times`, () => {
    expect(
      skipped.length,
      `skipped: ${skipped.map((s) => `${s.id} (${s.skip})`).join(", ")}`,
    ).toBeLessThanOrEqual(MAX_SKIPPED);
  });

  // Not registered as skipped tests: the count above is the check; the list is printed.
  if (skipped.length > 0) {
    process.stdout.write(
      `doc samples not run (no-run): ${skipped.map((s) => `${s.id} (${s.skip})`).join("; ")}\n`,
    );
  }

  for (const sample of runnable) {
    it(sample.id, () => {
      if (runnerFailure !== null) throw new Error(runnerFailure);
      const g = generated.get(sample.id);
      if (!g) throw new Error(`${sample.id} was not generated`);
      const problems = [...g.problems];
      for (const dep of g.dependsOn) {
        const other = generated.get(dep);
        if (other?.sample.skip !== null) {
          problems.push({
            file: sample.file,
            line: sample.line,
            message: `uses names from ${dep}, which is marked no-run`,
          });
        }
      }
      if (problems.length > 0) throw new Error(problems.map(format).join("\n"));
      const result = results.get(sample.id);
      if (!result) throw new Error(`${sample.id} produced no result`);
      const types = typeErrors.get(sample.id) ?? [];
      if (result.ok && types.length > 0) throw new Error(types.join("\n"));
      if (!result.ok && result.error) {
        const output = result.output.length > 0 ? `\noutput:\n${result.output.join("\n")}` : "";
        const error = new Error(
          `${sample.id}: ${result.error.name}: ${mapStack(result.error.message)}${output}`,
        );
        error.stack = mapStack(result.error.stack);
        throw error;
      }
    });
  }
});
