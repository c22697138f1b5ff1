import { builtinModules } from "node:module";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

// The library entry must run in a browser: bundling it for the browser may need no Node built-in.

const root = fileURLToPath(new URL("../..", import.meta.url));
const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

describe("browser bundle of the library entry", () => {
  it("imports no Node built-in (node:* or bare), directly or through its dependencies", async () => {
    const result = await build({
      entryPoints: [`${root}/src/index.ts`],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const imported = Object.values(result.metafile.inputs).flatMap((input) =>
      input.imports.map((i) => i.path),
    );
    expect(imported.filter((path) => builtins.has(path))).toEqual([]);
    const sources = Object.keys(result.metafile.inputs);
    expect(sources.some((path) => path.includes("src/cli/"))).toBe(false);
    expect(result.outputFiles[0]?.contents.length ?? 0).toBeGreaterThan(0);
  });
});
