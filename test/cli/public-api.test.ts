import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The command line is a user of the library: it imports the public entry (src/index.ts) and
// nothing else of src/, apart from the generic text helpers (src/text/closest.ts for "did you
// mean", src/text/flat-copy.ts for cache keys), the iCalendar subpath entry (src/ics/index.ts,
// `adobe-support-sla/ics` for package users) and package.json for --version.
// docs/architecture.md states the rule. It imports the public entry in one module,
// src/cli/library.ts, which the built command line shares between its files.

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const CLI = join(ROOT, "src", "cli");
const allowed = new Set([
  "src/index.ts",
  "src/text/closest.ts",
  "src/text/flat-copy.ts",
  "src/ics/index.ts",
  "package.json",
]);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith(".ts")
        ? [join(dir, entry.name)]
        : [],
  );
}

/** The module specifiers of a file: static imports, re-exports and dynamic imports. */
function specifiers(text: string): string[] {
  const found: string[] = [];
  const patterns = [
    /^(?:import|export)\b[^;]*?\bfrom\s*"([^"]+)";/gm,
    /^import\s*"([^"]+)";/gm,
    /\bimport\(\s*"([^"]+)"\s*\)/g,
  ];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) found.push(match[1] as string);
  }
  return found;
}

describe("the command line uses the public API", () => {
  const files = sources(CLI);

  it("finds the command line's sources", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it("imports nothing of src/ but the public entry (and the generic closest-word helper)", () => {
    const outside: string[] = [];
    for (const file of files) {
      for (const spec of specifiers(readFileSync(file, "utf8"))) {
        if (!spec.startsWith(".")) {
          // Packages: Node built-ins only (the library's own dependencies come through it).
          if (!spec.startsWith("node:")) outside.push(`${relative(ROOT, file)}: ${spec}`);
          continue;
        }
        const target = relative(ROOT, resolve(dirname(file), spec)).replace(/\.js$/, ".ts");
        if (target.startsWith("src/cli/") || allowed.has(target)) continue;
        outside.push(`${relative(ROOT, file)}: ${spec}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it("imports the public entry through src/cli/library.ts only", () => {
    const direct: string[] = [];
    for (const file of files) {
      const name = relative(ROOT, file);
      if (name === "src/cli/library.ts") continue;
      for (const spec of specifiers(readFileSync(file, "utf8"))) {
        const target = relative(ROOT, resolve(dirname(file), spec)).replace(/\.js$/, ".ts");
        if (target === "src/index.ts") direct.push(`${name}: ${spec}`);
      }
    }
    expect(direct).toEqual([]);
  });

  it("would notice an import of an internal module, on one line or several", () => {
    expect(specifiers('import {\n  a,\n  b,\n} from "./x.js";\nconst s = "from here";')).toEqual([
      "./x.js",
    ]);
    const spec = specifiers('import { statusCore } from "../../rules/sla-status.js";')[0] as string;
    const target = relative(ROOT, resolve(join(CLI, "report"), spec)).replace(/\.js$/, ".ts");
    expect(target).toBe("src/rules/sla-status.ts");
    expect(allowed.has(target)).toBe(false);
  });
});
