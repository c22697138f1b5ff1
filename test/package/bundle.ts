/** The one way the package tests measure a browser bundle: esbuild, ESM, minified, gzip level 9. */

import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** The repository root, with a trailing slash. */
export const root = fileURLToPath(new URL("../..", import.meta.url));

export interface Bundle {
  /** The minified code. */
  readonly text: string;
  readonly minified: number;
  readonly gzipped: number;
}

/**
 * Bundles for the browser, minified: `entry` (a path from the repository root) or `contents` (a
 * module resolved from the root), with `external` left out.
 */
export async function browserBundle(
  input: { readonly entry: string } | { readonly contents: string },
  external: readonly string[],
): Promise<Bundle> {
  const result = await build({
    ...("entry" in input
      ? { entryPoints: [`${root}${input.entry}`] }
      : { stdin: { contents: input.contents, resolveDir: root } }),
    bundle: true,
    minify: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    write: false,
    external: [...external],
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return {
    text: new TextDecoder().decode(code),
    minified: code.length,
    gzipped: gzipSync(code, { level: 9 }).length,
  };
}

/** `1234` as `1.2 kB`. */
export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
