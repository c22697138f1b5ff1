/** Build of the helpdesk widget: one minified browser ESM bundle with the library and its dependencies inside. */

import { fileURLToPath } from "node:url";
import { defineConfig } from "tsup";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  entry: { widget: here("./src/widget.ts") },
  outDir: here("./dist"),
  format: ["esm"],
  platform: "browser",
  target: "es2022",
  minify: true,
  clean: true,
  dts: false,
  sourcemap: false,
  splitting: false,
  // The page loads one file: bundle everything, including the package's own dependencies.
  noExternal: [/./],
});
