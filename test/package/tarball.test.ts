// Smoke tests of the package as published: the `npm pack` tarball of the built dist/, installed into a temporary project and used from ESM, CommonJS, TypeScript and npx.

import { execFileSync, type SpawnSyncReturns, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  version: string;
};
/** The repo's own compiler, so that the TypeScript checks install nothing. */
const tsc = join(root, "node_modules/typescript/lib/tsc.js");
const builtFiles = [
  "index.js",
  "index.node.js",
  "index.cjs",
  "index.d.ts",
  "index.d.cts",
  "cli.cjs",
  "cli-lib.cjs",
  "cli-report.cjs",
];

const input = `{ plan: "ultimate", priority: "P2", region: "emea", timeZone: "Europe/Paris", openedAt: "2026-11-20T16:50:00+01:00" }`;
const dueAt = "2026-11-23T08:20:00.000Z";

/**
 * The environment of every child process: ours without what npm hands to scripts about the repo
 * (its prefix, package and lifecycle), which would point npm and npx back at the repo, and with
 * a machine zone far from the one the example is computed in.
 */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_(package_|lifecycle_|command$|config_local_prefix$)/i.test(key)) continue;
    if (key === "INIT_CWD") continue;
    env[key] = value;
  }
  return { ...env, TZ: "Pacific/Kiritimati", NO_COLOR: "1", npm_config_update_notifier: "false" };
}

function run(command: string, args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, encoding: "utf8", env: childEnv(), timeout: 110_000 });
}

/** Everything a failed command said, for assertion messages. */
function output(result: SpawnSyncReturns<string>): string {
  const error = result.error ? `\nerror: ${result.error.message}` : "";
  return `exit ${result.status}${error}\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`;
}

/** A consumer module using typed names: it compiles only if the published types are real (not `any`). */
function typedConsumer(header: string, ns: string): string {
  return `${header}

const deadline: ${ns}ResponseDeadline = ${ns}responseDeadline(${input});
export const dueAt: string = deadline.dueAt;
export const dueAtMs: number = deadline.dueAtMs;
// @ts-expect-error dueAt is a string: only an untyped (any) result would accept this.
export const wrongType: number = deadline.dueAt;
// @ts-expect-error ResponseDeadline has no such property.
export const missing = deadline.noSuchProperty;
// @ts-expect-error plan, priority and openedAt are required.
${ns}responseDeadline({});
export const asError: Error = new ${ns}SlaInputError([]);
const calendar = ${ns}createCalendar({ timeZone: "UTC", weekly: { mon: [{ start: "09:00", end: "17:00" }] } });
export const zone: string = calendar.timeZone;
// @ts-expect-error the calendar's internals are not in the published types.
export const spec = calendar.spec;
// @ts-expect-error a calendar is made by createCalendar, not by its constructor.
export const made = new ${ns}BusinessCalendar();
export function issuesOf(error: unknown): readonly ${ns}SlaIssue[] {
  return ${ns}isSlaInputError(error) ? error.issues : [];
}
`;
}

const namedImport = `import { BusinessCalendar, createCalendar, isSlaInputError, type ResponseDeadline, responseDeadline, SlaInputError, type SlaIssue } from "adobe-support-sla";`;
const requireImport = `import sla = require("adobe-support-sla");`;

let tmp = "";
let project = "";
let tarball = "";
/** What `npm install <tarball>` printed, stdout and stderr. */
let installOutput = "";

beforeAll(() => {
  const missing = builtFiles.filter((file) => !existsSync(join(root, "dist", file)));
  if (missing.length > 0) {
    throw new Error(
      `dist/ is not built (missing ${missing.join(", ")}): run \`npm run build\` first; this test packs dist/ as it is and never builds it.`,
    );
  }
  tmp = realpathSync(mkdtempSync(join(tmpdir(), "adobe-sla-tarball-")));

  // --ignore-scripts: the `prepack` script would rebuild dist/ while other test files read it.
  const pack = run("npm", ["pack", "--ignore-scripts", "--pack-destination", tmp, "--json"], root);
  if (pack.status !== 0) throw new Error(`npm pack failed: ${output(pack)}`);
  const [packed] = JSON.parse(pack.stdout) as { filename: string }[];
  if (!packed) throw new Error(`npm pack reported no tarball: ${output(pack)}`);
  tarball = join(tmp, packed.filename);

  project = join(tmp, "consumer");
  mkdirSync(project);
  writeFileSync(
    join(project, "package.json"),
    `${JSON.stringify({ name: "tarball-consumer", version: "1.0.0", private: true }, null, 2)}\n`,
  );
  const install = run(
    "npm",
    ["install", tarball, "--no-audit", "--no-fund", "--prefer-offline", "--no-package-lock"],
    project,
  );
  if (install.status !== 0)
    throw new Error(`npm install of the tarball failed: ${output(install)}`);
  installOutput = `${install.stdout}\n${install.stderr}`;
}, 120_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Runs `node` in the temporary project and returns its stdout, failing on any stderr or exit code. */
function node(args: readonly string[]): string {
  const result = run(process.execPath, args, project);
  expect(result.stderr, output(result)).toBe("");
  expect(result.status, output(result)).toBe(0);
  return result.stdout.trim();
}

/** Writes a TypeScript project into the temporary project and type-checks it with the repo's tsc. */
function typecheck(dir: string, compilerOptions: object, files: Record<string, string>): string {
  const at = join(project, dir);
  mkdirSync(at, { recursive: true });
  const config = {
    compilerOptions: {
      target: "ES2022",
      strict: true,
      noEmit: true,
      // Check the published declarations themselves, as a consumer without skipLibCheck does.
      skipLibCheck: false,
      ...compilerOptions,
    },
    files: Object.keys(files),
  };
  writeFileSync(join(at, "tsconfig.json"), `${JSON.stringify(config, null, 2)}\n`);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(at, name), text);
  const result = run(process.execPath, [tsc, "--noEmit", "--listFiles", "-p", at], project);
  expect(result.status, `tsc -p ${dir} failed:\n${output(result)}`).toBe(0);
  return result.stdout;
}

describe("the packed tarball, installed into a fresh project", () => {
  it("works when imported from ESM in Node, through the one-file Node build (the node condition)", () => {
    const out = node([
      "--input-type=module",
      "-e",
      `import { responseDeadline } from "adobe-support-sla";
       console.log(import.meta.resolve("adobe-support-sla"));
       console.log(responseDeadline(${input}).dueAt);`,
    ]);
    const installed = `file://${project}/node_modules/adobe-support-sla/dist/index.node.js`;
    expect(out).toBe(`${installed}\n${dueAt}`);
  });

  it("gives bundlers the one-file-per-module ES build, with the same names as Node's", () => {
    const out = node([
      "--input-type=module",
      "-e",
      `const unbundled = await import("adobe-support-sla/dist/index.js").catch(() => null);
       const base = new URL("./node_modules/adobe-support-sla/", "file://${project}/");
       const pkg = JSON.parse((await import("node:fs")).readFileSync(new URL("package.json", base), "utf8"));
       const esm = await import(new URL(pkg.exports["."].import.default, base).href);
       const node = await import("adobe-support-sla");
       const names = (m) => Object.keys(m).sort().join(",");
       console.log(unbundled === null, pkg.exports["."].import.default, names(esm) === names(node));
       console.log(esm.responseDeadline(${input}).dueAt);`,
    ]);
    expect(out).toBe(`true ./dist/index.js true\n${dueAt}`);
  });

  it("works when required from CommonJS, through the CJS build, and throws SlaInputError instances", () => {
    const out = node([
      "--input-type=commonjs",
      "-e",
      `const { responseDeadline, SlaInputError } = require("adobe-support-sla");
       console.log(require.resolve("adobe-support-sla"));
       console.log(responseDeadline(${input}).dueAt);
       console.log(typeof SlaInputError, /^class\\b/.test(Function.prototype.toString.call(SlaInputError)));
       try { responseDeadline({}); console.log("no error"); }
       catch (error) { console.log(error instanceof SlaInputError, error instanceof Error, error.name); }`,
    ]);
    const installed = `${project}/node_modules/adobe-support-sla/dist/index.cjs`;
    expect(out).toBe(`${installed}\n${dueAt}\nfunction true\ntrue true SlaInputError`);
  });

  it("exposes the input JSON Schema to import (with type json) and require, as docs/json-schema.md shows", () => {
    const esm = node([
      "--input-type=module",
      "-e",
      `import schema from "adobe-support-sla/schema.json" with { type: "json" };
       console.log(schema.$defs.ResponseDeadlineInput.required.join(","));`,
    ]);
    const cjs = node([
      "--input-type=commonjs",
      "-e",
      `const schema = require("adobe-support-sla/schema.json");
       console.log(schema.$defs.ResponseDeadlineInput.required.join(","));`,
    ]);
    expect(esm).toBe("plan,priority,openedAt");
    expect(cjs).toBe("plan,priority,openedAt");
  });

  it("installs without an install-script warning: the published package.json runs nothing at install", () => {
    expect(installOutput).not.toMatch(/install[- ]scripts?/i);
    const manifest = JSON.parse(
      readFileSync(join(project, "node_modules/adobe-support-sla/package.json"), "utf8"),
    ) as { scripts?: Record<string, string> };
    const atInstall = ["preinstall", "install", "postinstall", "prepare"].filter(
      (name) => manifest.scripts?.[name] !== undefined,
    );
    expect(atInstall, "scripts npm runs or warns about at install").toEqual([]);
  });

  it("shows the CommonJS build's named exports to an ES module that imports it (the file `require` resolves to)", () => {
    const cjs = join(project, "node_modules/adobe-support-sla/dist/index.cjs");
    const file = join(project, "import-cjs.mjs");
    writeFileSync(
      file,
      `import { createRequire } from "node:module";
import { responseDeadline } from ${JSON.stringify(cjs)};
console.log(createRequire(import.meta.url).resolve("adobe-support-sla") === ${JSON.stringify(cjs)});
console.log(responseDeadline(${input}).dueAt);`,
    );
    expect(node([file])).toBe(`true\n${dueAt}`);
  });

  it("exports the same names from import and require", () => {
    const out = node([
      "--input-type=module",
      "-e",
      `import { createRequire } from "node:module";
       const esm = Object.keys(await import("adobe-support-sla")).filter((k) => k !== "default").sort();
       const cjs = Object.keys(createRequire(process.cwd() + "/")("adobe-support-sla")).sort();
       console.log(JSON.stringify({ esm, cjs }));`,
    ]);
    const { esm, cjs } = JSON.parse(out) as { esm: string[]; cjs: string[] };
    expect(esm).toContain("responseDeadline");
    expect(cjs).toEqual(esm);
  });

  it("type-checks with module and moduleResolution node16, from both .mts and .cts", () => {
    const listed = typecheck(
      "ts-node16",
      {
        module: "node16",
        moduleResolution: "node16",
        lib: ["ES2022"],
        // A Node consumer's types; the repo's copy, by absolute path, so nothing is installed.
        typeRoots: [join(root, "node_modules/@types")],
        types: ["node"],
      },
      {
        "esm.mts": typedConsumer(namedImport, ""),
        "cjs.cts": typedConsumer(requireImport, "sla."),
      },
    );
    // Each module format must get its own declarations, from the installed tarball.
    expect(listed).toContain(`${project}/node_modules/adobe-support-sla/dist/index.d.ts`);
    expect(listed).toContain(`${project}/node_modules/adobe-support-sla/dist/index.d.cts`);
  });

  it("type-checks with module preserve and moduleResolution bundler, without Node types", () => {
    const listed = typecheck(
      "ts-bundler",
      {
        module: "preserve",
        moduleResolution: "bundler",
        lib: ["ES2022", "DOM"],
        types: [],
      },
      {
        "main.ts": typedConsumer(namedImport, ""),
        "required.ts": typedConsumer(requireImport, "sla."),
      },
    );
    // `import` gets the ESM declarations and `import = require` the CJS ones.
    expect(listed).toContain(`${project}/node_modules/adobe-support-sla/dist/index.d.ts`);
    expect(listed).toContain(`${project}/node_modules/adobe-support-sla/dist/index.d.cts`);
  });

  it("runs `npx adobe-sla --version`, printing the package version", () => {
    // --yes=false: fail rather than download some other package if the bin is not installed.
    const result = run("npx", ["--yes=false", "adobe-sla", "--version"], project);
    expect(result.status, output(result)).toBe(0);
    expect(result.stdout.trim()).toBe(version);
  });

  it("runs `npx adobe-sla due --json`, printing the deadline as JSON", () => {
    const result = run(
      "npx",
      [
        "--yes=false",
        "adobe-sla",
        "due",
        "--plan",
        "ultimate",
        "--priority",
        "P2",
        "--country",
        "FR",
        "--opened",
        "2026-11-20T16:50:00+01:00",
        "--json",
      ],
      project,
    );
    expect(result.status, output(result)).toBe(0);
    const due = JSON.parse(result.stdout) as { dueAt: string; plan: string; priority: string };
    expect(due).toMatchObject({ dueAt, plan: "ultimate", priority: "P2" });
  });

  it("contains only dist/, the package manifest, the guides, the examples and schemas, and no source maps", () => {
    const entries = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" })
      .split("\n")
      .filter((line) => line !== "");
    const allowed =
      /^package\/(dist\/.+|package\.json|ics\/package\.json|README\.md|CHANGELOG\.md|LICENSE(\.md|\.txt)?|schema\.json|docs\/[^/]+\.(md|png)|examples\/.+)$/;
    expect(entries.filter((entry) => !allowed.test(entry))).toEqual([]);
    // No source maps: they would point to src/, which is not in the package (tsup.config.ts).
    expect(entries.filter((entry) => entry.endsWith(".map"))).toEqual([]);
    // The guides the README links to, and no build output of the examples.
    expect(entries).toContain("package/docs/case.md");
    expect(entries.filter((entry) => /^package\/examples\/.*\/dist\//.test(entry))).toEqual([]);
    for (const file of builtFiles) expect(entries).toContain(`package/dist/${file}`);
    expect(entries).toContain("package/package.json");
    expect(entries).toContain("package/README.md");
    // The `adobe-support-sla/ics` subpath for resolvers that predate `exports` (node10).
    expect(entries).toContain("package/ics/package.json");
  });
});
