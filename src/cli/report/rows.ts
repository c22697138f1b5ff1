/** `report`'s per-row work: one row's cells to a case, its status from the public `slaStatus`, and the added columns. */

import {
  type Priority,
  type SlaState,
  type SlaStatusInput,
  SUPPORTED_RANGE,
  slaStatus,
  slaStatusFigures,
} from "../../index.js";
import { inputErrorLines } from "../args.js";
import { F, reportFields } from "./fields.js";

/** The columns a row gets, computed or not. */
export interface RowResult {
  readonly dueAt: string;
  readonly dueAtLocal: string;
  /** A state, or `"error"` for a rejected row. */
  readonly state: SlaState | "error";
  readonly remaining: string;
  /** `null` for a rejected row. */
  readonly remainingMs: number | null;
  readonly reason: string;
  /** Empty for a computed row. */
  readonly error: string;
  /** The row's priority when computed. */
  readonly priority: Priority | null;
}

/** At most this many distinct holiday cells are kept (a memo: clearing it costs only time). */
const HOLIDAY_CACHE_LIMIT = 4096;

/**
 * `+1h 20m`, `-2h 05m`: the sign, hours and two-digit minutes of target clock time; overdue rounds
 * up to the minute. `late` (deadline passed) signs zero as `-0h 00m`: a deadline that passed
 * outside business hours has used no business time since.
 */
export function formatRemaining(ms: number, late = ms < 0): string {
  const minutes = ms >= 0 ? Math.floor(ms / 60_000) : Math.ceil(-ms / 60_000);
  const m = minutes % 60;
  return `${late ? "-" : "+"}${(minutes - m) / 60}h ${m < 10 ? "0" : ""}${m}m`;
}

/** `1 h 20 min`, `45 min`, `2 h` from whole minutes. */
function minutesText(minutes: number): string {
  const m = minutes % 60;
  const h = (minutes - m) / 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** Wall-clock minutes: `minutesText`, or `3 days 4 h` from two days on. */
function wallText(minutes: number): string {
  if (minutes < 2880) return minutesText(minutes);
  const hours = Math.floor(minutes / 60);
  return `${Math.floor(hours / 24)} days ${hours % 24} h`;
}

/**
 * The short reason of a computed row. Against the deadline (met, met-late, breached): wall-clock
 * time between `due_at` and the response or `--now`. Time left (pending, at-risk): target clock
 * time, like `remaining`.
 */
function reasonFor(
  state: SlaState,
  remainingMs: number,
  percentUsed: number,
  dueMinusAt: number,
): string {
  switch (state) {
    case "pending":
    case "at-risk":
      return `${state}: ${minutesText(Math.floor(remainingMs / 60_000))} left (${percentUsed}% used)`;
    case "met":
      return `met: responded ${wallText(Math.floor(dueMinusAt / 60_000))} before the deadline`;
    case "met-late":
      return `met-late: responded ${wallText(Math.ceil(-dueMinusAt / 60_000))} after the deadline`;
    default:
      return `breached: ${wallText(Math.ceil(-dueMinusAt / 60_000))} overdue`;
  }
}

/** A cell as a case value: strings trimmed, a blank or missing cell `null` (absent). */
function caseValue(cell: unknown): unknown {
  if (typeof cell === "string") {
    if (cell === "") return null;
    const trimmed = cell.trim();
    return trimmed === "" ? null : trimmed;
  }
  return cell === undefined ? null : cell;
}

/** Options that apply to every row. */
export interface RowOptions {
  /** `--now`, epoch ms (as {@link checkRunOptions} returns it). */
  readonly now: number;
  /** `--at-risk`. */
  readonly atRisk: number;
  /** `--holiday` and `--holidays-file`, checked by {@link checkRunOptions}. */
  readonly holidays: readonly string[];
  /** The column name of each field (for messages). */
  readonly columnNames: readonly string[];
}

/**
 * Checks the options that apply to every row (`now`, `atRiskThreshold`, `holidays`) with the
 * library, once, before any row is read: they go through `slaStatus` in a case of their own (a P1
 * request opened at the start of the supported range), so a bad `--now` or `--holiday` is an
 * `SlaInputError` naming the flag, not an error on every row. Returns `now` in epoch ms, which
 * rows then pass as it is.
 *
 * @throws SlaInputError When an option is invalid (paths `now`, `atRiskThreshold`, `holidays[i]`).
 */
export function checkRunOptions(now: unknown, atRisk: number, holidays: readonly string[]): number {
  const status = slaStatus({
    plan: "expert",
    priority: "P1",
    openedAt: SUPPORTED_RANGE.from,
    now: now as string,
    atRiskThreshold: atRisk,
    holidays: holidays.length > 0 ? holidays : null,
  });
  return Date.parse(status.now);
}

/** At most this many texts are remembered per memo of `reason` and `remaining` texts. */
const TEXT_CACHE_LIMIT = 16_384;

/** A memo of texts by a number that determines them (clearing it costs only time). */
class TextCache {
  private readonly texts = new Map<number, string>();

  get(key: number): string | undefined {
    return this.texts.get(key);
  }

  set(key: number, text: string): string {
    if (this.texts.size >= TEXT_CACHE_LIMIT) this.texts.clear();
    this.texts.set(key, text);
    return text;
  }
}

/** The holiday list of a row: its own dates, then the run's (so issue paths index the row's own cell). */
type HolidayList = readonly string[] | null;

/** Computes rows. One per report: it memoises holiday lists and texts across rows. */
export class RowEvaluator {
  private readonly now: number;
  private readonly atRisk: number;
  private readonly globalHolidays: HolidayList;
  /** Combined holiday list per row cell (the same array each time, for the library's memo). */
  private readonly holidayCache = new Map<string, readonly string[]>();
  /** `remaining` texts by whole minutes (negative keys: late). */
  private readonly remainingTexts = new TextCache();
  /** Reasons against the deadline (met, met-late, breached) by wall-clock minutes and state. */
  private readonly deadlineReasons = new TextCache();
  /** Reasons with time left (pending, at-risk) by minutes left, percentage used and state. */
  private readonly timeLeftReasons = new TextCache();
  /** Case field names to the column (or flag) that sets them, for error messages. */
  private readonly messageNames: Readonly<Record<string, string>>;
  /** Index of each field's column in the row's cells; -1 when the input has none. */
  readonly index: Int32Array = new Int32Array(reportFields.length).fill(-1);

  constructor(options: RowOptions) {
    this.now = options.now;
    this.atRisk = options.atRisk;
    this.globalHolidays = options.holidays.length > 0 ? Object.freeze([...options.holidays]) : null;
    const names: Record<string, string> = { now: "--now", atRiskThreshold: "--at-risk" };
    reportFields.forEach((field, i) => {
      if (field.key !== null) names[field.key] = options.columnNames[i] ?? field.name;
    });
    this.messageNames = Object.freeze(names);
  }

  /**
   * The `holidays` of a row's case: the cell's dates (separated by `;`, `,` or spaces) followed by
   * the run's, memoised by cell. A cell that is not text nor a list of texts (NDJSON) is passed
   * as it is, for the library to say what is wrong with it.
   */
  private holidaysFor(cell: unknown): unknown {
    if (cell === null) return this.globalHolidays;
    let key: string;
    if (typeof cell === "string") key = cell;
    else if (Array.isArray(cell) && cell.every((d) => typeof d === "string")) key = cell.join(";");
    else return cell;
    let list = this.holidayCache.get(key);
    if (list === undefined) {
      const own = key.split(/[;,\s]+/).filter((d) => d !== "");
      list = Object.freeze([...own, ...(this.globalHolidays ?? [])]);
      if (this.holidayCache.size >= HOLIDAY_CACHE_LIMIT) this.holidayCache.clear();
      // A copy of the key: a cell is a slice of the input chunk and would keep it alive.
      this.holidayCache.set(JSON.parse(JSON.stringify(key)) as string, list);
    }
    return list;
  }

  private cell(cells: readonly unknown[], field: number): unknown {
    const i = this.index[field] as number;
    return i < 0 ? null : caseValue(cells[i]);
  }

  /** `formatRemaining(ms, late)`, remembered by its minutes. */
  private remainingText(ms: number, late: boolean): string {
    const minutes = ms >= 0 ? Math.floor(ms / 60_000) : Math.ceil(-ms / 60_000);
    const key = late ? -1 - minutes : minutes;
    return this.remainingTexts.get(key) ?? this.remainingTexts.set(key, formatRemaining(ms, late));
  }

  /** `reasonFor`, remembered for the states whose reason depends on wall-clock minutes only. */
  private reason(
    state: SlaState,
    remainingMs: number,
    percentUsed: number,
    dueMinusAt: number,
  ): string {
    let key: number;
    if (state === "met") key = Math.floor(dueMinusAt / 60_000) * 4;
    else if (state === "met-late") key = Math.ceil(-dueMinusAt / 60_000) * 4 + 1;
    else if (state === "breached") key = Math.ceil(-dueMinusAt / 60_000) * 4 + 2;
    else {
      // pending, at-risk: whole minutes left and the percentage (two decimals) decide the text.
      const minutes = Math.floor(remainingMs / 60_000);
      const hundredths = Math.round(percentUsed * 100);
      key = (minutes * 10_001 + hundredths) * 4 + (state === "at-risk" ? 3 : 0);
      if (minutes < 0 || hundredths < 0 || hundredths > 10_000 || !Number.isSafeInteger(key)) {
        return reasonFor(state, remainingMs, percentUsed, dueMinusAt);
      }
      return (
        this.timeLeftReasons.get(key) ??
        this.timeLeftReasons.set(key, reasonFor(state, remainingMs, percentUsed, dueMinusAt))
      );
    }
    return (
      this.deadlineReasons.get(key) ??
      this.deadlineReasons.set(key, reasonFor(state, remainingMs, percentUsed, dueMinusAt))
    );
  }

  /**
   * The added columns of one row: its cells as a case (blank cells `null`) through the public
   * `slaStatusFigures`, which validates every field as `slaStatus` does; an `SlaInputError` becomes an error row naming
   * `line`, its fields renamed to the columns they came from.
   */
  evaluate(cells: readonly unknown[], line: number): RowResult {
    try {
      // One shape for every row: the case fields a report reads, then the run's options. The cells
      // are unchecked text (or JSON values): the library validates them, hence the cast.
      // One shape for every row: the case fields a report reads (a blank cell `null`), then the
      // run's options. The cells are unchecked text (or JSON values): the library validates them.
      const input: { [K in keyof SlaStatusInput]?: unknown } = {
        plan: this.cell(cells, F.plan),
        priority: this.cell(cells, F.priority),
        openedAt: this.cell(cells, F.openedAt),
        respondedAt: this.cell(cells, F.respondedAt),
        region: this.cell(cells, F.region),
        billingCountry: this.cell(cells, F.country),
        timeZone: this.cell(cells, F.timeZone),
        product: this.cell(cells, F.product),
        termStart: this.cell(cells, F.termStart),
        businessDay: this.cell(cells, F.businessDay),
        holidays: this.holidaysFor(this.cell(cells, F.holidays)),
        now: this.now,
        atRiskThreshold: this.atRisk,
      };
      // The figures only: a report prints no explanation (see slaStatusFigures).
      const status = slaStatusFigures(input as SlaStatusInput);
      const state = status.state;
      // Against the deadline: wall-clock time from the response (met, met-late) or --now.
      const at = state === "met" || state === "met-late" ? status.evaluatedAtMs : this.now;
      const due = status.dueAtMs;
      return {
        dueAt: status.dueAt,
        dueAtLocal: status.dueAtLocal,
        state,
        remaining: this.remainingText(
          status.remainingMs,
          state === "breached" || state === "met-late",
        ),
        remainingMs: status.remainingMs,
        reason: this.reason(state, status.remainingMs, status.percentUsed, due - at),
        error: "",
        priority: status.priority,
      };
    } catch (error) {
      const lines = inputErrorLines(error, this.messageNames);
      if (lines === undefined) throw error;
      return errorRow(line, lines.join("; "));
    }
  }
}

/** A rejected row: `reason` is `line N: message`, `error` the message. */
export function errorRow(line: number, message: string): RowResult {
  return {
    dueAt: "",
    dueAtLocal: "",
    state: "error",
    remaining: "",
    remainingMs: null,
    reason: `line ${line}: ${message}`,
    error: message,
    priority: null,
  };
}
