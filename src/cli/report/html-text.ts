/** Text for the HTML report: escaping for element content and attributes, and number formats. */

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Any value as HTML text, safe in element content and in a quoted attribute: `<script>` shows as
 * text. A value that is not a string is shown as JSON (`null`, numbers, objects).
 */
export function esc(value: unknown): string {
  const text = typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/** `1,234`. */
export function int(n: number): string {
  return n.toLocaleString("en-US");
}

/** `12.5%` of `whole`, or `-` when there is nothing to divide. */
export function pct(part: number, whole: number): string {
  return whole === 0 ? "-" : `${((part / whole) * 100).toFixed(1)}%`;
}

/** Wall-clock duration: `45 min`, `3 h 20 min`, `2 d 4 h`. */
export function duration(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
  return hours % 24 === 0
    ? `${Math.floor(hours / 24)} d`
    : `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

/** A round step for about `ticks` axis divisions up to `max`: 1, 2 or 5 times a power of ten. */
export function niceStep(max: number, ticks = 4): number {
  if (max <= ticks) return 1;
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}
