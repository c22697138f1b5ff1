/** Holidays given on the command line: `--holiday DATE` and `--holidays FILE` (iCalendar, or one date a line), as one frozen list with where each entry came from. */

import { type CliIo, UsageError } from "./io.js";
import { type HolidayEntry, isSlaInputError, SlaInputError } from "./library.js";

/** The run's holidays: one frozen list of frozen entries, and where each came from (for messages). */
export interface RunHolidays {
  readonly entries: readonly HolidayEntry[];
  /** For each entry: "`--holiday` #2", "--holidays h.txt, line 4" or "--holidays h.ics". */
  readonly sources: readonly string[];
}

/** The holiday flags every command that computes time takes. */
export const holidayOptions = {
  holiday: { type: "string", multiple: true },
  holidays: { type: "string", multiple: true },
  "holidays-file": { type: "string", multiple: true },
} as const;

/** Their help lines. */
export const holidayOptionsHelp = `  --holiday YYYY-MM-DD            a closed date (repeatable)
  --holidays FILE                 closed days from a file (repeatable): an iCalendar (.ics) export, or
                                  one "YYYY-MM-DD [name]" a line (blank lines and # comments ignored)
  --holidays-file FILE            an alias of --holidays`;

/** An iCalendar file starts with `BEGIN:VCALENDAR`, after an optional byte order mark and blank lines. */
const ICS_START = /^\uFEFF?(?:[ \t]*\r?\n)*BEGIN:VCALENDAR/i;
/** A line of a holiday list: a date, then optionally a name. */
const LIST_LINE = /^(\d{4}-\d{2}-\d{2})(?:\s+(.+))?$/;

/** The entries of a holiday list: `2026-12-25 Christmas Day` is `{ date, name }`, a date alone its text. */
function listEntries(text: string, label: string): { entries: HolidayEntry[]; sources: string[] } {
  const entries: HolidayEntry[] = [];
  const sources: string[] = [];
  const problems: string[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = (i === 0 ? raw.replace(/^\uFEFF/, "") : raw).replace(/#.*$/, "").trim();
    if (line === "") return;
    const match = LIST_LINE.exec(line);
    if (match === null) {
      problems.push(
        `${label}, line ${i + 1}: expected YYYY-MM-DD, optionally followed by a name ("2026-12-25 Christmas Day"); got ${JSON.stringify(line)}`,
      );
      return;
    }
    const [, date = "", name] = match;
    entries.push(name === undefined ? date : Object.freeze({ date, name }));
    sources.push(`${label}, line ${i + 1}`);
  });
  if (problems.length > 0) throw new UsageError(problems[0] as string, problems);
  return { entries, sources };
}

/** The entries of an iCalendar file, its problems named by file and line. */
async function icsEntries(
  text: string,
  label: string,
): Promise<{ entries: HolidayEntry[]; sources: string[] }> {
  // Loaded only when an iCalendar file is given: ical.js costs every other run about 8 ms.
  const { holidaysFromIcs } = await import("../ics/index.js");
  let entries: readonly HolidayEntry[];
  try {
    entries = holidaysFromIcs(text);
  } catch (error) {
    if (!isSlaInputError(error)) throw error;
    const lines = error.issues.map(
      (issue) => `${label}: ${issue.message.replace(/^`ics`:?\s*/, "")}`,
    );
    throw new UsageError(lines[0] as string, lines);
  }
  return { entries: [...entries], sources: entries.map(() => label) };
}

/** Reads one `--holidays` file. */
async function fileEntries(io: CliIo, flag: string, path: string) {
  let text: string;
  try {
    text = await io.readText(path);
  } catch (error) {
    throw new UsageError(
      `cannot read ${flag} ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const label = `${flag} ${path}`;
  return ICS_START.test(text) ? icsEntries(text, label) : listEntries(text, label);
}

/**
 * The holidays of `--holiday` (dates), then of `--holidays` and `--holidays-file` (files, in
 * order), as one frozen list of frozen entries.
 *
 * @throws UsageError For a file that cannot be read, a line of a list that is not a date, or an
 *   iCalendar file the library cannot read (naming the file and line).
 */
export async function readRunHolidays(
  io: CliIo,
  values: {
    readonly holiday?: readonly string[] | undefined;
    readonly holidays?: readonly string[] | undefined;
    readonly "holidays-file"?: readonly string[] | undefined;
  },
): Promise<RunHolidays> {
  const entries: HolidayEntry[] = [];
  const sources: string[] = [];
  (values.holiday ?? []).forEach((date, i) => {
    entries.push(date);
    sources.push(`\`--holiday\` #${i + 1}`);
  });
  // The files of --holidays, then those of its alias --holidays-file, each in the order given.
  for (const flag of ["--holidays", "--holidays-file"] as const) {
    for (const path of values[flag === "--holidays" ? "holidays" : "holidays-file"] ?? []) {
      const read = await fileEntries(io, flag, path);
      entries.push(...read.entries);
      sources.push(...read.sources);
    }
  }
  return { entries: Object.freeze(entries), sources: Object.freeze(sources) };
}

/** `holidays[3]`, `holidays[3].date`: the index of the entry an issue is about, when it is one of `count` run entries at `offset`. */
function runEntryOf(path: readonly PropertyKey[], offset: number, count: number): number {
  if (path[0] !== "holidays" || typeof path[1] !== "number") return -1;
  const index = path[1] - offset;
  return index >= 0 && index < count ? index : -1;
}

/**
 * `error` with the issues about the run's holidays reworded to name where the entry came from:
 * "--holidays h.txt, line 3: expected a real date ...". `offset` is where the run's entries start
 * in the case's `holidays` (after the case's own). Any other error is returned as it is.
 */
export function nameHolidaySources(error: unknown, holidays: RunHolidays, offset = 0): unknown {
  if (!isSlaInputError(error)) return error;
  const count = holidays.sources.length;
  if (!error.issues.some((issue) => runEntryOf(issue.path, offset, count) >= 0)) return error;
  return new SlaInputError(
    error.issues.map((issue) => {
      const index = runEntryOf(issue.path, offset, count);
      if (index < 0) return issue;
      const text = issue.message.replace(/^`holidays\[\d+\][^`]*`:?\s*/, "");
      // A list line has no fields: its date is the entry. Other parts (an iCalendar closure's
      // times) are named.
      const part = issue.path.slice(2).join(".");
      const field = part === "" || part === "date" ? "" : `\`${part}\`: `;
      return { ...issue, message: `${holidays.sources[index]}: ${field}${text}` };
    }),
  );
}
