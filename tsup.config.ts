import { defineConfig } from "tsup";

export default defineConfig([
  // The library as ES modules, one file per source module (not bundled), so that a consumer's
  // bundler drops whole modules a plugin does not use (`sideEffects: false`) as well as unused
  // statements. Declarations are rolled up into one `index.d.ts`. Runs anywhere: no Node built-ins.
  {
    entry: ["src/**/*.ts", "!src/cli/**"],
    bundle: false,
    format: ["esm"],
    dts: { entry: { index: "src/index.ts" } },
    sourcemap: true,
    clean: true,
    target: "es2022",
    platform: "neutral",
  },
  // The library for Node's `import` (the `node` condition of `exports`): one ES file, zod external.
  // Loading one file instead of one per module makes importing the package in Node about 15%
  // cheaper; bundlers keep the unbundled build above, which they tree-shake by module.
  {
    entry: { "index.node": "src/index.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "es2022",
    platform: "neutral",
    external: ["zod"],
  },
  // The library for `require`: one CommonJS file, with its own declarations (`index.d.cts`).
  {
    entry: { index: "src/index.ts" },
    format: ["cjs"],
    dts: true,
    sourcemap: true,
    target: "es2022",
    platform: "neutral",
    external: ["zod"],
  },
  // The `adobe-sla` command line: Node only, ESM, with its shebang.
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    platform: "node",
    external: ["zod"],
    banner: { js: "#!/usr/bin/env node" },
  },
]);
