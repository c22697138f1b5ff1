/**
 * Writes a seeded, realistic CSV of support tickets for `adobe-sla report`:
 *
 *   node scripts/generate-tickets.mjs                      # examples/tickets.csv (300 rows, committed)
 *   node scripts/generate-tickets.mjs --rows 1000000 --out .cache/tickets-1m.csv --bad-every 1000
 *
 * Openings run up to NOW (2026-11-20T14:30:00Z, a Friday), denser towards it: with `--now NOW`
 * the recent unanswered tickets are pending, at risk or breached; with the current time (no
 * `--now`) they are breached or, over a weekend, still pending. Older tickets are mostly answered
 * (met or met late). With `--bad-every N`, every Nth row is malformed on purpose, one kind
 * after the other: no UTC offset, unknown priority, no region, Commerce without a term start,
 * an impossible date, an unknown plan, a response before the opening, a misspelt time zone.
 * By default (`--bad-every 0`) no row is: the default run writes the clean committed sample.
 * Same seed, same file.
 *
 * Files that are hard to read, for the report's reader (the options change nothing else):
 *
 *   --crlf                 CRLF line ends
 *   --format ndjson        one JSON object a line (empty cells left out) instead of CSV
 *   --broken-every N       the last row of every N is broken as a file, one shape after the other:
 *                          CSV: a quote then text in a cell ("Re: ticket"def), the other line end
 *                          (LF in a CRLF file, CRLF in an LF one), a lone CR, one field too many,
 *                          a quote never closed, a quote inside an unquoted cell, a blank line
 *                          after it; NDJSON: a cut-off object, a CRLF line end, a blank line after
 *   --expect FILE          writes {records, lines, broken: [{ticket, line, shape, error}]}: the
 *                          physical line of each broken row and whether it must be an error row
 */

import { createWriteStream, mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { DateTime } from "luxon";

/** The `--now` the sample is built around (documented in `adobe-sla report --help`). */
const NOW = Date.parse("2026-11-20T14:30:00Z");
const SPAN_MS = 45 * 86_400_000;
const MINUTE = 60_000;
const HOUR = 3_600_000;

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "300" },
    seed: { type: "string", default: "20261120" },
    out: { type: "string", default: "examples/tickets.csv" },
    "bad-every": { type: "string", default: "0" },
    crlf: { type: "boolean", default: false },
    format: { type: "string", default: "csv" },
    "broken-every": { type: "string", default: "0" },
    expect: { type: "string" },
  },
});
const NEWLINE = values.crlf ? "\r\n" : "\n";
const NDJSON = values.format === "ndjson";
const BROKEN_EVERY = Number(values["broken-every"]);
if (!["csv", "ndjson"].includes(values.format)) throw new Error("--format: csv or ndjson");
const ROWS = Number(values.rows);
const BAD_EVERY = Number(values["bad-every"]);
if (!Number.isInteger(ROWS) || ROWS < 1) throw new Error("--rows: expected a positive integer");
if (!Number.isInteger(BAD_EVERY) || BAD_EVERY === 1 || BAD_EVERY < 0)
  throw new Error("--bad-every: expected 0 (no malformed rows) or >= 2");

/** mulberry32: small, fast, seeded. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const rng = prng(Number(values.seed));
const pick = (list) => list[Math.floor(rng() * list.length)];
/** Picks from `[value, weight]` pairs. */
function weighted(pairs) {
  const total = pairs.reduce((sum, [, w]) => sum + w, 0);
  let r = rng() * total;
  for (const [value, w] of pairs) {
    r -= w;
    if (r < 0) return value;
  }
  return pairs[pairs.length - 1][0];
}

/** Country, its region and zone, its weight, and the holiday cells its rows sometimes carry. */
const COUNTRIES = [
  ["US", "americas", "America/New_York", 20, ["2026-11-26;2026-11-27", "2026-11-26"]],
  ["CA", "americas", "America/Toronto", 5, ["2026-11-11"]],
  ["BR", "americas", "America/Sao_Paulo", 4, ["2026-11-02;2026-11-20"]],
  ["MX", "americas", "America/Mexico_City", 3, ["2026-11-16"]],
  ["GB", "emea", "Europe/London", 10, []],
  ["FR", "emea", "Europe/Paris", 8, ["2026-11-11", "2026-11-01;2026-11-11"]],
  ["DE", "emea", "Europe/Berlin", 8, ["2026-10-03"]],
  ["NL", "emea", "Europe/Amsterdam", 3, []],
  ["ES", "emea", "Europe/Madrid", 3, ["2026-11-02"]],
  ["IT", "emea", "Europe/Rome", 2, ["2026-11-01"]],
  ["AE", "emea", "Asia/Dubai", 2, ["2026-12-02"]],
  ["ZA", "emea", "Africa/Johannesburg", 1, []],
  ["JP", "japan", "Asia/Tokyo", 8, ["2026-11-03;2026-11-23", "2026-11-23"]],
  ["AU", "apac", "Australia/Sydney", 5, []],
  ["SG", "apac", "Asia/Singapore", 4, ["2026-11-08"]],
  ["IN", "apac", "Asia/Kolkata", 5, ["2026-11-08;2026-11-09"]],
  ["KR", "apac", "Asia/Seoul", 2, []],
  ["NZ", "apac", "Pacific/Auckland", 1, ["2026-10-26"]],
];
const COUNTRY_PAIRS = COUNTRIES.map((c) => [c, c[3]]);
/** Zones a `time_zone` cell sometimes overrides with, per region. */
const OVERRIDE_ZONES = {
  americas: ["America/Chicago", "America/Denver", "America/Los_Angeles"],
  emea: ["Europe/Dublin", "Europe/Warsaw", "Africa/Cairo"],
  apac: ["Australia/Perth", "Asia/Hong_Kong", "Asia/Jakarta"],
  japan: ["Asia/Tokyo"],
};

const SUBJECTS = [
  "Checkout fails, HTTP 500 on payment step",
  "Login loop after SSO certificate rotation",
  "Report suite missing data since Tuesday",
  'Segment builder: "Save" greyed out',
  "Slow page loads on /cart, TTFB over 4s",
  "Cannot publish assets to Dynamic Media",
  "API rate limit errors (429), batch import",
  "Scheduled campaign did not send",
  "Question about licence usage dashboard",
  "Indexer stuck; catalog prices not updated",
  "Feature request: export audit log as CSV",
];
/** A quoted cell over two lines, now and then: the report keeps physical line numbers. */
const MULTILINE_SUBJECT = "Workflow step fails.\nStack trace attached in the case";
const OTHER_PRODUCTS = ["experience-manager", "analytics", "target", "campaign", "real-time-cdp"];
const COMMERCE = "commerce-managed-services";
const TERM_STARTS_NEW = ["2021-09-20", "2022-03-01", "2023-07-15", "2024-01-01", "2025-06-01"];
const TERM_STARTS_OLD = ["2019-05-01", "2020-11-01", "2021-06-30"];

/** Rough wall-clock length of a target, to spread response delays around it. */
const TYPICAL_WALL_MS = { P1: 40 * MINUTE, P2: 3 * HOUR, P3: 8 * HOUR, P4: 30 * HOUR };

/** UTC offsets per zone and hour (luxon is slow enough to matter over a million rows). */
const offsetCache = new Map();
function offsetMinutes(zone, t) {
  const key = `${zone}|${Math.floor(t / HOUR)}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    offset = DateTime.fromMillis(t, { zone }).offset;
    if (offsetCache.size > 100_000) offsetCache.clear();
    offsetCache.set(key, offset);
  }
  return offset;
}
const two = (n) => String(n).padStart(2, "0");
/** ISO 8601 to the second, in `zone`'s offset, or in UTC (`Z`) when `zone` is null. */
function iso(t, zone) {
  const offset = zone === null ? 0 : offsetMinutes(zone, t);
  const wall = new Date(t + offset * MINUTE).toISOString().slice(0, 19);
  if (zone === null) return `${wall}Z`;
  const abs = Math.abs(offset);
  return `${wall}${offset < 0 ? "-" : "+"}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

function csvCell(value) {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const HEADER = [
  "ticket",
  "plan",
  "priority",
  "opened_at",
  "responded_at",
  "region",
  "country",
  "time_zone",
  "product",
  "term_start",
  "business_day",
  "holidays",
  "subject",
];

function ticket(i) {
  const [code, region, zone, , holidayCells] = weighted(COUNTRY_PAIRS);
  const priority = weighted([
    ["P1", 10],
    ["P2", 25],
    ["P3", 35],
    ["P4", 30],
  ]);
  // Denser towards NOW: a quarter of the tickets were opened in the last three days.
  const u = (i + rng()) / ROWS;
  const opened = Math.floor((NOW - SPAN_MS * (1 - u) ** 2) / 1000) * 1000 - 1000;
  const row = {
    ticket: `ADB-${String(100_001 + i)}`,
    plan: weighted([
      ["expert", 6],
      ["ultimate", 4],
    ]),
    priority,
    opened_at: iso(opened, rng() < 0.3 ? null : zone),
    responded_at: "",
    region: "",
    country: "",
    time_zone: "",
    product: "",
    term_start: "",
    business_day: "",
    holidays: "",
    subject: rng() < 0.015 ? MULTILINE_SUBJECT : pick(SUBJECTS),
  };
  const where = rng();
  if (where < 0.7) row.country = code;
  else if (where < 0.85) {
    row.country = code;
    row.region = region;
  } else if (where < 0.95) row.region = region;
  else {
    row.region = region;
    row.time_zone = pick(OVERRIDE_ZONES[region]);
  }
  const product = rng();
  if (product < 0.12) {
    row.product = COMMERCE;
    row.term_start = rng() < 0.8 ? pick(TERM_STARTS_NEW) : pick(TERM_STARTS_OLD);
  } else if (product < 0.55) row.product = pick(OTHER_PRODUCTS);
  if (priority === "P4" && rng() < 0.15) row.business_day = "end-of-next-business-day";
  if (holidayCells.length > 0 && rng() < 0.3) row.holidays = pick(holidayCells);
  // Old tickets are nearly all answered; recent ones about half the time.
  const answered = NOW - opened > 3 * 86_400_000 ? rng() < 0.92 : rng() < 0.5;
  if (answered) {
    const delay = Math.floor(TYPICAL_WALL_MS[priority] * (0.1 + rng() * rng() * 2.2));
    const responded = opened + delay;
    if (responded <= NOW) row.responded_at = iso(responded, rng() < 0.5 ? null : zone);
  }
  if (BAD_EVERY > 0 && i % BAD_EVERY === Math.floor(BAD_EVERY / 2))
    malform(row, Math.floor(i / BAD_EVERY) % 8);
  return row;
}

function malform(row, kind) {
  switch (kind) {
    case 0:
      row.opened_at = row.opened_at.slice(0, 16).replace("T", " ");
      break;
    case 1:
      row.priority = "P5";
      break;
    case 2:
      row.priority = "P3";
      row.country = "";
      row.region = "";
      row.time_zone = "";
      break;
    case 3:
      row.priority = "P4";
      row.product = COMMERCE;
      row.term_start = "";
      break;
    case 4:
      row.opened_at = `2026-11-31${row.opened_at.slice(10)}`;
      break;
    case 5:
      row.plan = "premium";
      break;
    case 6:
      row.responded_at = "2026-09-01T10:00:00Z";
      break;
    default:
      row.time_zone = "Europe/Pariss";
      if (row.region === "") row.region = "emea";
  }
}

/** Broken shapes, in turn: [name, whether the row must be an error row]. */
const CSV_SHAPES = [
  ["quote-then-text", true],
  ["other-line-end", false],
  ["lone-cr", false],
  ["extra-field", true],
  ["unclosed-quote", true],
  ["quote-mid-field", false],
  ["blank-line-after", false],
];
const NDJSON_SHAPES = [
  ["cut-off-object", true],
  ["crlf", false],
  ["blank-line-after", false],
];

/** One row as text, broken as `shape` (or not); returns its text including its line end(s). */
function rowText(row, shape) {
  if (NDJSON) {
    const object = Object.fromEntries(Object.entries(row).filter(([, v]) => v !== ""));
    const json = JSON.stringify(object);
    if (shape === "cut-off-object") return `${json.slice(0, 30)}${NEWLINE}`;
    if (shape === "crlf") return `${json}\r\n`;
    if (shape === "blank-line-after") return `${json}${NEWLINE}${NEWLINE}`;
    return `${json}${NEWLINE}`;
  }
  // A broken row stays on one line: a malformed record over several lines would be cut to its
  // first line, the others read as rows of their own (see docs/cli.md), one ticket making two.
  if (shape !== undefined && row.subject.includes("\n"))
    row.subject = "Scheduled campaign did not send";
  const cells = HEADER.map((column) => csvCell(row[column]));
  const last = cells.length - 1;
  if (shape === "quote-then-text") cells[last] = '"Re: ticket"def';
  if (shape === "unclosed-quote") cells[last] = '"never closed';
  if (shape === "quote-mid-field") cells[last] = '27" monitor flickers';
  if (shape === "extra-field") cells.push("extra");
  const text = cells.join(",");
  if (shape === "other-line-end") return `${text}${values.crlf ? "\n" : "\r\n"}`;
  if (shape === "lone-cr") return `${text}\r`;
  if (shape === "blank-line-after") return `${text}${NEWLINE}${NEWLINE}`;
  return `${text}${NEWLINE}`;
}

/** Physical lines of a row's text: each \r\n, \r or \n ends one. */
const linesIn = (text) => text.match(/\r\n|\r|\n/g)?.length ?? 0;

const out = resolve(values.out);
mkdirSync(dirname(out), { recursive: true });
const stream = createWriteStream(out);
const write = (text) =>
  stream.write(text) ? undefined : new Promise((done) => stream.once("drain", done));
if (!NDJSON) await write(`${HEADER.join(",")}${NEWLINE}`);
let line = NDJSON ? 1 : 2;
const broken = [];
const shapes = NDJSON ? NDJSON_SHAPES : CSV_SHAPES;
let buffer = "";
for (let i = 0; i < ROWS; i++) {
  const row = ticket(i);
  let shape;
  if (BROKEN_EVERY > 0 && i % BROKEN_EVERY === BROKEN_EVERY - 1) {
    const [name, error] = shapes[Math.floor(i / BROKEN_EVERY) % shapes.length];
    shape = name;
    broken.push({ ticket: row.ticket, line, shape, error });
  }
  const text = rowText(row, shape);
  line += linesIn(text);
  buffer += text;
  if (buffer.length > 65_536) {
    await write(buffer);
    buffer = "";
  }
}
await write(buffer);
await new Promise((done, fail) => stream.end((error) => (error ? fail(error) : done())));
if (values.expect !== undefined) {
  const expect = { records: ROWS, lines: line - 1, broken };
  writeFileSync(resolve(values.expect), `${JSON.stringify(expect)}\n`);
}
process.stderr.write(`wrote ${ROWS} rows to ${values.out}\n`);
