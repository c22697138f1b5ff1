/** Helpers every bench module shares: medians, fresh `node` processes, the machine line, number and table formatting. */

import { spawnSync } from "node:child_process";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Median of `values` (NaN when empty). */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Smallest and largest of `values`. */
export function range(values: readonly number[]): { min: number; max: number } {
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** What a fresh process printed, and how long it took from spawn to exit (wall clock). */
export interface NodeRun {
  readonly stdout: string;
  readonly wallMs: number;
}

/**
 * Runs `node ...args` in a fresh process from the repository root and waits for it; throws with
 * its standard error when it exits non-zero.
 */
export function runNode(args: readonly string[]): NodeRun {
  const t0 = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (child.error) throw child.error;
  if (child.status !== 0) {
    throw new Error(`node ${args.join(" ")} exited ${child.status}:\n${child.stderr}`);
  }
  return { stdout: child.stdout, wallMs };
}

/** Runs a bench module's `child` mode (`node [flags] --import tsx bench/<file> child ...`) and parses its JSON. */
export function runChild<T>(file: string, args: readonly string[], nodeFlags: string[] = []): T {
  const out = runNode([
    ...nodeFlags,
    "--import",
    "tsx",
    join(ROOT, "bench", file),
    "child",
    ...args,
  ]);
  return JSON.parse(out.stdout) as T;
}

/** The machine the numbers come from: CPU model, logical cores, OS, Node version. */
export function machineLine(): string {
  const cpus = os.cpus();
  const cpu = cpus[0]?.model.trim() || "unknown CPU";
  return `${cpu}, ${cpus.length} logical cores, ${os.platform()} ${os.arch()}, node ${process.version}`;
}

const fmtInt = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** Operations per second, grouped (`1,234,567`). */
export function fmtOps(ops: number | undefined): string {
  if (ops === undefined || Number.isNaN(ops)) return "n/a";
  if (ops < 100) return ops.toFixed(1);
  return fmtInt.format(ops);
}

/** A ratio with enough digits to read the small ones (`0.0071x`, `0.91x`, `1,234x`). */
export function fmtRatio(r: number | undefined): string {
  if (r === undefined || Number.isNaN(r)) return "n/a";
  if (r >= 10) return `${fmtInt.format(r)}x`;
  if (r >= 0.1) return `${r.toFixed(2)}x`;
  return `${r.toPrecision(2)}x`;
}

/** A plain-text table: the first column left-aligned, the others right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
