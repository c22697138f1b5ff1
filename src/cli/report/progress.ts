/** `report`'s progress line on a terminal's stderr: rows, rows per second and the share of the file read, rewritten in place at most four times a second. */

import type { TextOut } from "../io.js";
import type { Style } from "../style.js";

/** The line is rewritten at most this often (and first shown this long after the start). */
export const PROGRESS_EVERY_MS = 250;

const number = (n: number) => Math.round(n).toLocaleString("en-US");

/** One progress line, rewritten in place with `\r`; {@link clear} removes it before the summary. */
export class ProgressLine {
  /** Bytes of the input read so far. */
  private bytes = 0;
  private readonly started: number;
  private last: number;
  private width = 0;

  /**
   * @param out The terminal (stderr).
   * @param clock A monotonic clock in ms.
   * @param size The input's size in bytes, when known (a file): the line then says the share read.
   */
  constructor(
    private readonly out: TextOut,
    private readonly style: Style,
    private readonly clock: () => number,
    private readonly size: number | undefined,
  ) {
    this.started = clock();
    this.last = this.started;
  }

  /** Counts bytes of the input read. */
  read(bytes: number): void {
    this.bytes += bytes;
  }

  /** Rewrites the line if the last one is at least {@link PROGRESS_EVERY_MS} old. */
  update(rows: number): void {
    const now = this.clock();
    if (now - this.last < PROGRESS_EVERY_MS) return;
    this.last = now;
    const seconds = (now - this.started) / 1000;
    const parts = [`${number(rows)} rows`, `${number(rows / seconds)} rows/s`];
    if (this.size !== undefined && this.size > 0) {
      parts.push(`${Math.min(100, Math.floor((this.bytes / this.size) * 100))}% of the file read`);
    } else {
      parts.push(`${(this.bytes / 1_048_576).toFixed(1)} MB read`);
    }
    const text = `report: ${parts.join(", ")}`;
    this.width = Math.max(this.width, text.length);
    this.out.write(`\r${this.style.dim(text.padEnd(this.width))}`);
  }

  /** Removes the line, if one was shown. */
  clear(): void {
    if (this.width > 0) this.out.write(`\r${" ".repeat(this.width)}\r`);
    this.width = 0;
  }
}
