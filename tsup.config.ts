import { posix } from "node:path";
import { defineConfig, type Options } from "tsup";

type EsbuildPlugin = NonNullable<Options["esbuildPlugins"]>[number];

/**
 * The files of `src/` the command line's code loads from another built file rather than holding
 * a copy: the public API as it uses it (src/cli/library.ts, `cli-lib.cjs`, shared by `cli.cjs` and
 * `cli-report.cjs`), `report`'s work (`cli-report.cjs`) and the iCalendar reader (the package's
 * own `ics.cjs`, with ical.js). By path relative to `src/`.
 */
const cliFiles: Readonly<Record<string, string>> = {
  "cli/library.ts": "./cli-lib.cjs",
  "cli/report/command.ts": "./cli-report.cjs",
  "ics/index.ts": "./ics.cjs",
};

/** Makes an import of one of {@link cliFiles} from `src/cli/` a `require` of its built file. */
const cliParts: EsbuildPlugin = {
  name: "cli-parts",
  setup(build) {
    build.onResolve({ filter: /\.js$/ }, (args) => {
      const importer = args.importer.replaceAll("\\", "/");
      const at = importer.lastIndexOf("/cli/");
      if (args.kind === "entry-point" || at < 0) return undefined;
      const src = importer.slice(0, at);
      const target = posix
        .relative(src, posix.join(posix.dirname(importer), args.path))
        .replace(/\.js$/, ".ts");
      const file = cliFiles[target];
      return file === undefined ? undefined : { path: file, external: true };
    });
  },
};

// No source maps (`sourcemap: false` throughout): they would point to `src/`, which the package
// does not contain, and with their embedded sources they made up two thirds of the unpacked
// package. The library's built files are readable as they are: not minified, each module's code
// under a `// src/<path>.ts` comment, so a stack trace into `dist/` reads without a map. The
// command line's file is compacted for start-up, names kept (see its entry).
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
  // The `adobe-sla` command line: Node only, CommonJS (see `cliParts`): `dist/cli.cjs` (the
  // binary), `dist/cli-lib.cjs` (the public API it uses, src/cli/library.ts, zod bundled in) and
  // `dist/cli-report.cjs` (the `report` command). The choices are for start-up (bench/startup.ts,
  // `adobe-sla due` over `node -e 0`):
  // - zod is bundled in, only the parts the library uses: loading `zod/mini` and `zod/locales`
  //   module by module took the process from about 1.8x to 2.4x.
  // - CommonJS: Node's ES module loader costs about 4 ms before the first line runs, and about 1 ms
  //   per extra file; the same code as ES modules cost 1.56x.
  // - `report` and the iCalendar reader in files of their own, loaded when used: compiling them
  //   cost every command about 3 ms. (Not as lazy parts of one file: esbuild then wraps every
  //   module they share with the rest in an on-demand initializer, which cost more.)
  // - White space and syntax minified, names kept: a file without white space and comments
  //   compiles about 2.5 ms faster, and the stack trace of an internal error
  //   (`ADOBE_SLA_DEBUG=1`) still names the functions. Minifying names too gained only 0.8 ms more;
  //   keeping them through `keepNames` lost the whole gain.
  {
    entry: {
      cli: "src/cli/main.ts",
      "cli-lib": "src/cli/library.ts",
      "cli-report": "src/cli/report/command.ts",
    },
    format: ["cjs"],
    sourcemap: false,
    minifyWhitespace: true,
    minifySyntax: true,
    target: "node20",
    platform: "node",
    noExternal: ["zod"],
    external: ["ical.js"],
    esbuildPlugins: [cliParts],
    // The shebang is the first line of src/cli/main.ts, which esbuild keeps: a banner would put it
    // in all three files.
  },
]);
