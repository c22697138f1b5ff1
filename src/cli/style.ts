/** Human output: aligned key/value blocks, tables and colour that respects NO_COLOR and non-terminals. */

import type { CliIo, TextOut } from "./io.js";

/** Colour functions; identity when colour is off. */
export interface Style {
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly red: (s: string) => string;
  readonly green: (s: string) => string;
  readonly yellow: (s: string) => string;
}

const plain = (s: string) => s;

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function styleFor(io: CliIo, out: TextOut): Style {
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "";
  if (noColor || !out.isTTY || io.env.TERM === "dumb") {
    return { bold: plain, dim: plain, red: plain, green: plain, yellow: plain };
  }
  const wrap = (open: number, close: number) => (s: string) =>
    `\u001b[${open}m${s}\u001b[${close}m`;
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red: wrap(31, 39),
    green: wrap(32, 39),
    yellow: wrap(33, 39),
  };
}

/** `key   value` lines, keys padded to one column. */
export function keyValues(rows: readonly (readonly [string, string])[], style: Style): string {
  const width = Math.max(...rows.map(([key]) => key.length));
  return rows.map(([key, value]) => `${style.bold(key.padEnd(width))}  ${value}`).join("\n");
}

/** A plain text table with a header row, columns padded to their widest cell. */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  style: Style,
): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  return [style.bold(line(header)), ...rows.map(line)].join("\n");
}

/** The colour of a state word. */
export function stateColour(state: string, style: Style): string {
  if (state === "breached" || state === "met-late") return style.red(state);
  if (state === "at-risk") return style.yellow(state);
  return style.green(state);
}
