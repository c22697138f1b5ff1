import { defineConfig } from "tsup";

// No source maps (`sourcemap: false` throughout): they would point to `src/`, which the package
// does not contain, and with their embedded sources they made up two thirds of the unpacked
// package. The built files are readable as they are: not minified, each module's code under a
// `// src/<path>.ts` comment, so a stack trace into `dist/` reads without a map.
export default defineConfig([
  // The library as ES modules, one file per source module (not bundled), so that a consumer's
  // bundler drops whole modules a plugin does not use (`sideEffects: false`) as well as unused
  // statements. Declarations are rolled up into one `index.d.ts`. Runs anywhere: no Node built-ins.
  {
    entry: ["src/**/*.ts", "!src/cli/**"],
    bundle: false,
    format: ["esm"],
    dts: { entry: { index: "src/index.ts", ics: "src/ics/index.ts" } },
    sourcemap: false,
    clean: true,
    target: "es2022",
    platform: "neutral",
    external: ["zod", "ical.js"],
  },
  // The library for Node's `import` (the `node` condition of `exports`): one ES file, zod external.
  // Loading one file instead of one per module makes importing the package in Node about 15%
  // cheaper; bundlers keep the unbundled build above, which they tree-shake by module.
  {
    entry: { "index.node": "src/index.ts" },
    format: ["esm"],
    sourcemap: false,
    target: "es2022",
    platform: "neutral",
    external: ["zod", "ical.js"],
  },
  // The library for `require`: one CommonJS file, with its own declarations (`index.d.cts`), and
  // one for `adobe-support-sla/ics` (`ics.cjs`, `ics.d.cts`), ical.js external.
  {
    entry: { index: "src/index.ts", ics: "src/ics/index.ts" },
    format: ["cjs"],
    dts: true,
    sourcemap: false,
    target: "es2022",
    // "node", not "neutral": only then does esbuild end the file with the
    // `0 && (module.exports = { ... })` annotation from which Node's cjs-module-lexer learns the
    // named exports, so that an ES module's `import { responseDeadline }` of this file works. The
    // library uses no Node built-ins, so the CommonJS build still runs anywhere `require` does.
    platform: "node",
    external: ["zod", "ical.js"],
  },
  // The `adobe-sla` command line: Node only, ESM, with its shebang. zod is bundled in, only the
  // parts the library uses: loading `zod/mini` and `zod/locales` module by module took an
  // `adobe-sla due` process from about 1.8x to 2.4x a bare `node -e 0` (bench/startup.ts).
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    sourcemap: false,
    target: "node20",
    platform: "node",
    noExternal: ["zod"],
    external: ["ical.js"],
    // `--holidays FILE.ics` loads the iCalendar reader (and ical.js) on demand, from its own chunk.
    esbuildOptions(options) {
      options.chunkNames = "cli/[name]-[hash]";
    },
    banner: { js: "#!/usr/bin/env node" },
  },
]);
