/** `report`'s per-row work: one row's cells to a case, its figures from the public `slaStatusFigures`, and the added columns. */

import { flatCopy } from "../../text/flat-copy.js";
import { inputErrorLines } from "../args.js";
import {
  type HolidayEntry,
  isSlaInputError,
  type Priority,
  responseDeadline,
  type SlaState,
  type SlaStatusFigures,
  type SlaStatusInput,
  SUPPORTED_RANGE,
  slaStatus,
  slaStatusFigures,
} from "../library.js";
import { F, reportFields } from "./fields.js";
import { RowTexts, wallText } from "./row-texts.js";

/** The state column: a state of `slaStatus`, `not-open-yet` (opened after `--now`) or `error` (rejected). */
export type RowState = SlaState | "not-open-yet" | "error";

/** The columns a row gets, computed or not. */
export interface RowResult {
  /** Empty for a rejected row. */
  readonly dueAt: string;
  readonly dueAtLocal: string;
  readonly state: RowState;
  /** Empty for a rejected or not-open-yet row. */
  readonly remaining: string;
  /** `null` for a rejected or not-open-yet row. */
  readonly remainingMs: number | null;
  readonly reason: string;
  /** Empty unless the row was rejected. */
  readonly error: string;
  /** The row's priority when computed or not open yet. */
  readonly priority: Priority | null;
  /** The public figures of a computed row (`slaStatusFigures`); `null` for rejected and not-open-yet rows. */
  readonly figures: SlaStatusFigures | null;
}

/** At most this many distinct holiday cells are kept (a memo: clearing it costs only time). */
const HOLIDAY_CACHE_LIMIT = 4096;

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
  /**
   * The run's holidays (`--holiday`, `--holidays`), checked by {@link checkRunOptions}: one frozen
   * list of frozen entries, given as it is to every row without holidays of its own (the library
   * remembers a list by identity).
   */
  readonly holidays: readonly HolidayEntry[];
  /** The column name of each field (for messages, until the input's own names are known). */
  readonly columnNames: readonly string[];
}

/**
 * Checks the options that apply to every row (`now`, `atRiskThreshold`, `holidays`) with the
 * library, once, before any row is read: they go through `slaStatus` in a case of their own (a P1
 * request opened at the start of the supported range), so a bad `--now` or holiday is one
 * `SlaInputError`, not an error on every row. Returns `now` in epoch ms, which rows then pass as
 * it is.
 *
 * @throws SlaInputError When an option is invalid (paths `now`, `atRiskThreshold`, `holidays[i]`).
 */
export function checkRunOptions(
  now: unknown,
  atRisk: number,
  holidays: readonly HolidayEntry[],
): number {
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

/**
 * Whether the library rejected a case only for what happens after `now`: `"opened"` when its
 * issues are `before_opening` at `now` and, at most, `after_now` at `respondedAt` (a response
 * after `now` too); `"responded"` when the only issue is `after_now` at `respondedAt`.
 */
function afterNow(error: unknown): "opened" | "responded" | undefined {
  if (!isSlaInputError(error)) return undefined;
  let opened = false;
  for (const issue of error.issues) {
    const [field, ...rest] = issue.path;
    if (rest.length > 0) return undefined;
    if (issue.code === "before_opening" && field === "now") opened = true;
    else if (!(issue.code === "after_now" && field === "respondedAt")) return undefined;
  }
  return opened ? "opened" : "responded";
}

/** The case of one row, in the shape every row has (the cells are unchecked: the library validates them). */
export type RowCase = { -readonly [K in keyof SlaStatusInput]?: unknown };

/** Computes rows. One per report: it memoises holiday lists and texts across rows. */
export class RowEvaluator {
  private readonly now: number;
  private readonly atRisk: number;
  private readonly globalHolidays: readonly HolidayEntry[] | null;
  /** Combined holiday list per row cell (the same array each time, for the library's memo). */
  private readonly holidayCache = new Map<string, readonly unknown[]>();
  private readonly texts = new RowTexts();
  /** Case field names to the column (or flag) that sets them, for error messages. */
  private readonly messageNames: Record<string, string>;
  /** Index of each field's column in the row's cells; -1 when the input has none. */
  readonly index: Int32Array = new Int32Array(reportFields.length).fill(-1);
  /** The case of the row {@link evaluate} read last. */
  lastCase: RowCase | null = null;

  constructor(options: RowOptions) {
    this.now = options.now;
    this.atRisk = options.atRisk;
    this.globalHolidays = options.holidays.length > 0 ? options.holidays : null;
    const names: Record<string, string> = { now: "--now", atRiskThreshold: "--at-risk" };
    reportFields.forEach((field, i) => {
      if (field.key !== null) names[field.key] = options.columnNames[i] ?? field.name;
    });
    this.messageNames = names;
  }

  /** Field `field` is read from the input column `name`, at cell `index` (the first such column wins). */
  useColumn(field: number, index: number, name: string): void {
    if ((this.index[field] as number) >= 0) return;
    this.index[field] = index;
    const key = reportFields[field]?.key;
    if (key !== undefined && key !== null) this.messageNames[key] = name;
  }

  /**
   * The `holidays` of a row's case: the cell's dates (separated by `;`, `,` or spaces) followed by
   * the run's, memoised by cell. An NDJSON list is followed by the run's too; any other cell is
   * passed as it is, for the library to say what is wrong with it.
   */
  private holidaysFor(cell: unknown): unknown {
    if (cell === null) return this.globalHolidays;
    let key: string;
    if (typeof cell === "string") key = cell;
    else if (Array.isArray(cell) && cell.every((d) => typeof d === "string")) key = cell.join(";");
    else if (Array.isArray(cell)) return Object.freeze([...cell, ...(this.globalHolidays ?? [])]);
    else return cell;
    let list = this.holidayCache.get(key);
    if (list === undefined) {
      const own = key.split(/[;,\s]+/).filter((d) => d !== "");
      list = Object.freeze([...own, ...(this.globalHolidays ?? [])]);
      if (this.holidayCache.size >= HOLIDAY_CACHE_LIMIT) this.holidayCache.clear();
      // A copy of the key: a cell is a slice of the input chunk and would keep it alive.
      this.holidayCache.set(flatCopy(key), list);
    }
    return list;
  }

  private cell(cells: readonly unknown[], field: number): unknown {
    const i = this.index[field] as number;
    return i < 0 ? null : caseValue(cells[i]);
  }

  /**
   * The case of a row: the fields a report reads (a blank cell `null`), then the run's options,
   * in one shape for every row.
   */
  caseOf(cells: readonly unknown[]): RowCase {
    return {
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
  }

  /** The `ticket` cell of a row, as text, or `null`. */
  ticketOf(cells: readonly unknown[]): string | null {
    const value = this.cell(cells, F.ticket);
    return value === null ? null : typeof value === "string" ? value : JSON.stringify(value);
  }

  /**
   * The added columns of one row: its case through the public `slaStatusFigures`, which validates
   * every field as `slaStatus` does. A case that opens after `--now` is not open yet; one answered
   * after `--now` is evaluated as unanswered; any other `SlaInputError` becomes an error row
   * naming `line`, its fields renamed to the columns they came from.
   */
  evaluate(cells: readonly unknown[], line: number): RowResult {
    const input = this.caseOf(cells);
    this.lastCase = input;
    try {
      // The figures only: a report prints no explanation (see slaStatusFigures).
      return this.computed(slaStatusFigures(input as SlaStatusInput), "");
    } catch (error) {
      const after = afterNow(error);
      if (after === "opened") return this.notOpenYet(input, line);
      if (after === "responded") return this.respondedAfterNow(input, line);
      return this.rejected(error, line);
    }
  }

  /** The columns of a computed row; `note` ends its reason. */
  private computed(figures: SlaStatusFigures, note: string): RowResult {
    const state = figures.state;
    // Against the deadline: wall-clock time from the response (met, met-late) or --now.
    const at = state === "met" || state === "met-late" ? figures.evaluatedAtMs : this.now;
    const late = state === "breached" || state === "met-late";
    const reason = this.texts.reason(
      state,
      figures.remainingMs,
      figures.percentUsed,
      figures.dueAtMs - at,
    );
    return {
      dueAt: figures.dueAt,
      dueAtLocal: figures.dueAtLocal,
      state,
      remaining: this.texts.remaining(figures.remainingMs, late),
      remainingMs: figures.remainingMs,
      reason: note === "" ? reason : `${reason} ${note}`,
      error: "",
      priority: figures.priority,
      figures,
    };
  }

  /**
   * A row answered after `--now`: at `--now` it was not answered yet, so it is evaluated without
   * its response (pending, at-risk or breached), and its reason says so.
   */
  private respondedAfterNow(input: RowCase, line: number): RowResult {
    const unanswered: RowCase = { ...input, respondedAt: null };
    this.lastCase = unanswered;
    try {
      return this.computed(
        slaStatusFigures(unanswered as SlaStatusInput),
        "(the response came after --now)",
      );
    } catch (error) {
      return this.rejected(error, line);
    }
  }

  /**
   * A row opened after `--now`: its deadline from the public `responseDeadline` (which also checks
   * what `slaStatus` had not reached yet, such as a missing region), no clock time yet.
   */
  private notOpenYet(input: RowCase, line: number): RowResult {
    try {
      const due = responseDeadline(input as SlaStatusInput);
      const minutes = Math.ceil((Date.parse(due.openedAt) - this.now) / 60_000);
      return {
        dueAt: due.dueAt,
        dueAtLocal: due.dueAtLocal,
        state: "not-open-yet",
        remaining: "",
        remainingMs: null,
        reason: `not-open-yet: opened ${wallText(Math.max(minutes, 0))} after --now`,
        error: "",
        priority: due.priority,
        figures: null,
      };
    } catch (error) {
      return this.rejected(error, line);
    }
  }

  private rejected(error: unknown, line: number): RowResult {
    const lines = inputErrorLines(error, this.messageNames);
    if (lines === undefined) throw error;
    return errorRow(line, lines.join("; "));
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
    figures: null,
  };
}
