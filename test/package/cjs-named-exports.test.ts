// The CommonJS build seen from ES modules: Node's ES loader finds a CommonJS file's named exports only through the `0 && (module.exports = { ... })` annotation esbuild writes for platform "node" (tsup.config.ts).

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const dist = (file: string) => pathToFileURL(join(root, "dist", file)).href;
const input = `{ plan: "ultimate", priority: "P2", region: "emea", timeZone: "Europe/Paris", openedAt: "2026-11-20T16:50:00+01:00" }`;
const ics = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//test//EN",
  "BEGIN:VEVENT",
  "UID:1@test",
  "DTSTAMP:20260101T000000Z",
  "DTSTART;VALUE=DATE:20261225",
  "SUMMARY:Christmas Day",
  "END:VEVENT",
  "END:VCALENDAR",
  "",
].join("\r\n");

let tmp = "";

beforeAll(() => {
  if (!existsSync(join(root, "dist", "index.cjs")))
    throw new Error("dist/index.cjs is missing: run `npm run build` first");
  tmp = mkdtempSync(join(tmpdir(), "adobe-sla-cjs-"));
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Writes `source` to an `.mjs` file, runs it with `node` and returns its stdout; fails on any stderr or exit code. */
function runModule(name: string, source: string): string {
  const file = join(tmp, name);
  writeFileSync(file, source);
  const result = spawnSync(process.execPath, [file], {
    encoding: "utf8",
    env: { ...process.env, TZ: "Pacific/Kiritimati" },
  });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return result.stdout.trim();
}

/** A module printing the sorted named exports of `url` (what the ES loader sees), without `default`. */
const namesOf = (url: string) =>
  `Object.keys(await import(${JSON.stringify(url)})).filter((k) => k !== "default" && k !== "module.exports").sort()`;

describe("the CommonJS build, imported from an ES module", () => {
  it("gives `import { responseDeadline }` of dist/index.cjs the same answer as the ES build", () => {
    const out = runModule(
      "named.mjs",
      `import { responseDeadline as fromCjs } from ${JSON.stringify(dist("index.cjs"))};
import { responseDeadline as fromEsm } from ${JSON.stringify(dist("index.node.js"))};
const a = fromCjs(${input});
const b = fromEsm(${input});
console.log(a.dueAt, JSON.stringify(a) === JSON.stringify(b));`,
    );
    expect(out).toBe("2026-11-23T08:20:00.000Z true");
  });

  it("sees every named export of dist/index.cjs, the same names as the ES build", () => {
    const out = runModule(
      "names.mjs",
      `console.log(JSON.stringify({ cjs: ${namesOf(dist("index.cjs"))}, esm: ${namesOf(dist("index.node.js"))} }));`,
    );
    const { cjs, esm } = JSON.parse(out) as { cjs: string[]; esm: string[] };
    expect(esm).toContain("responseDeadline");
    expect(cjs).toEqual(esm);
  });

  it.runIf(existsSync(join(root, "dist", "ics.cjs")))(
    "gives `import { holidaysFromIcs }` of dist/ics.cjs the same names and answer as the ES build",
    () => {
      const out = runModule(
        "ics.mjs",
        `import { holidaysFromIcs as fromCjs } from ${JSON.stringify(dist("ics.cjs"))};
import { holidaysFromIcs as fromEsm } from ${JSON.stringify(dist("ics/index.js"))};
const text = ${JSON.stringify(ics)};
const a = JSON.stringify(fromCjs(text));
console.log(a === JSON.stringify(fromEsm(text)), a.includes("2026-12-25"));
console.log(JSON.stringify({ cjs: ${namesOf(dist("ics.cjs"))}, esm: ${namesOf(dist("ics/index.js"))} }));`,
      );
      const [answers, names] = out.split("\n");
      expect(answers).toBe("true true");
      const { cjs, esm } = JSON.parse(names ?? "{}") as { cjs: string[]; esm: string[] };
      expect(esm).toContain("holidaysFromIcs");
      expect(cjs).toEqual(esm);
    },
  );
});
