/** `report`'s per-row work: one row's cells to a validated `slaStatus` input, the status, and the added columns. */

import { z } from "zod";
import type { Priority } from "../../data/priorities.js";
import { isSlaInputError, SlaInputError, type SlaIssue } from "../../errors.js";
import {
  type ParsedStatusInput,
  type SlaState,
  slaStatusInputSchema,
  statusCore,
} from "../../policy/status.js";
import { formatIsoInstant } from "../../time/civil.js";
import { parseInput } from "../../validation.js";
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

/** The validator of a holiday list alone (errors then point at the row's own list). */
const holidaysOnlySchema = slaStatusInputSchema.pick({ holidays: true });

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

/** A cell as a library input value: strings trimmed, blank and null as absent. */
function inputValue(cell: unknown): unknown {
  if (typeof cell === "string") {
    if (cell === "") return undefined;
    const trimmed = cell.trim();
    return trimmed === "" ? undefined : trimmed;
  }
  return cell === null ? undefined : cell;
}

/** Options that apply to every row. */
export interface RowOptions {
  /** `--now`, epoch ms. */
  readonly now: number;
  /** `--at-risk`. */
  readonly atRisk: number;
  /** `--holiday` and `--holidays-file`, validated. */
  readonly holidays: readonly string[];
  /** The column name of each field (for messages). */
  readonly columnNames: readonly string[];
}

type StatusField = keyof typeof slaStatusInputSchema.shape;

/** At most this many distinct values are remembered per field (a memo: clearing it costs only time). */
const FIELD_CACHE_LIMIT = 4096;

/**
 * Validates a row field by field, each with its own schema from `slaStatusInputSchema`, so that
 * errors and results are exactly the library's. The verdict on a given text never changes, so it
 * is remembered for the fields whose values repeat from row to row (plan, priority, region,
 * country, zone, product, term start): a million rows validate a handful of distinct values.
 * Instants differ on every row and are validated every time.
 */
class FieldValidator {
  private readonly schemas = new Map<StatusField, z.ZodType>();
  private readonly verdicts = new Map<
    StatusField,
    Map<unknown, { value: unknown } | { issues: readonly SlaIssue[] }>
  >();

  /** The parsed value of `field`, or `undefined` with the problems appended to `issues`. */
  check(field: StatusField, raw: unknown, issues: SlaIssue[], remember: boolean): unknown {
    let verdicts = this.verdicts.get(field);
    if (remember && verdicts !== undefined) {
      const known = verdicts.get(raw);
      if (known !== undefined) {
        if ("issues" in known) issues.push(...known.issues);
        return "value" in known ? known.value : undefined;
      }
    }
    let schema = this.schemas.get(field);
    if (schema === undefined) {
      schema = z.strictObject({ [field]: slaStatusInputSchema.shape[field] });
      this.schemas.set(field, schema);
    }
    let verdict: { value: unknown } | { issues: readonly SlaIssue[] };
    try {
      // A present value is parsed by the field's own schema, paths prefixed with the field; a
      // missing one through the one-field object, which reports it as required.
      verdict = {
        value:
          raw === undefined
            ? (parseInput(schema, { [field]: raw }) as Record<string, unknown>)[field]
            : parseInput(slaStatusInputSchema.shape[field], raw, [field]),
      };
    } catch (error) {
      if (!isSlaInputError(error)) throw error;
      verdict = { issues: error.issues };
    }
    if (remember && typeof raw !== "object") {
      if (verdicts === undefined) {
        verdicts = new Map();
        this.verdicts.set(field, verdicts);
      }
      if (verdicts.size >= FIELD_CACHE_LIMIT) verdicts.clear();
      verdicts.set(raw, verdict);
    }
    if ("issues" in verdict) {
      issues.push(...verdict.issues);
      return undefined;
    }
    return verdict.value;
  }
}

/** Computes rows. One per report: it memoises holiday lists across rows. */
export class RowEvaluator {
  private readonly now: number;
  private readonly atRisk: number;
  private readonly globalHolidays: readonly string[] | undefined;
  /** Combined holiday list per row cell (the same array each time, so validation is memoised). */
  private readonly holidayCache = new Map<string, readonly string[] | Error>();
  private readonly fields = new FieldValidator();
  /** Library field names to the column (or flag) that sets them, for error messages. */
  private readonly messageNames: Readonly<Record<string, string>>;
  /** Index of each field's column in the row's cells; -1 when the input has none. */
  readonly index: Int32Array = new Int32Array(reportFields.length).fill(-1);

  constructor(options: RowOptions) {
    this.now = options.now;
    this.atRisk = options.atRisk;
    this.globalHolidays = options.holidays.length > 0 ? options.holidays : undefined;
    const names: Record<string, string> = { now: "--now", atRiskThreshold: "--at-risk" };
    reportFields.forEach((field, i) => {
      if (field.key !== null) names[field.key] = options.columnNames[i] ?? field.name;
    });
    this.messageNames = Object.freeze(names);
  }

  /** The holiday list of a row: the global one plus the row's own dates (memoised by cell). */
  private holidaysFor(cell: unknown): unknown {
    if (cell === undefined) return this.globalHolidays;
    let key: string;
    if (typeof cell === "string") key = cell;
    else if (Array.isArray(cell) && cell.every((d) => typeof d === "string")) key = cell.join(";");
    else return cell; // not a list of texts: let validation say what is wrong
    let list = this.holidayCache.get(key);
    if (list === undefined) {
      const own = key.split(/[;,\s]+/).filter((d) => d !== "");
      try {
        parseInput(holidaysOnlySchema, { holidays: own });
        list = Object.freeze([...(this.globalHolidays ?? []), ...own]);
      } catch (error) {
        if (!isSlaInputError(error)) throw error;
        list = error;
      }
      if (this.holidayCache.size >= HOLIDAY_CACHE_LIMIT) this.holidayCache.clear();
      // A copy of the key: a cell is a slice of papaparse's input chunk and would keep it alive.
      this.holidayCache.set(JSON.parse(JSON.stringify(key)) as string, list);
    }
    if (list instanceof Error) throw list;
    return list;
  }

  private cell(cells: readonly unknown[], field: number): unknown {
    const i = this.index[field] as number;
    return i < 0 ? undefined : inputValue(cells[i]);
  }

  /** The added columns of one row: computed, or an error row naming `line`. */
  evaluate(cells: readonly unknown[], line: number): RowResult {
    try {
      // Field by field with the library's own schemas (see FieldValidator); required fields
      // always, so that a blank cell is reported as required, optional ones only when present.
      const issues: SlaIssue[] = [];
      const v = this.fields;
      const input: Record<string, unknown> = {
        plan: v.check("plan", this.cell(cells, F.plan), issues, true),
        priority: v.check("priority", this.cell(cells, F.priority), issues, true),
        openedAt: v.check("openedAt", this.cell(cells, F.openedAt), issues, false),
        now: this.now,
        atRiskThreshold: this.atRisk,
      };
      const optional = (field: StatusField, column: number, remember: boolean) => {
        const value = this.cell(cells, column);
        if (value !== undefined) input[field] = v.check(field, value, issues, remember);
      };
      optional("respondedAt", F.respondedAt, false);
      optional("region", F.region, true);
      optional("billingCountry", F.country, true);
      optional("timeZone", F.timeZone, true);
      optional("product", F.product, true);
      optional("termStart", F.termStart, true);
      optional("businessDay", F.businessDay, true);
      const holidays = this.holidaysFor(this.cell(cells, F.holidays));
      if (holidays !== undefined) input.holidays = v.check("holidays", holidays, issues, false);
      if (issues.length > 0) throw new SlaInputError(issues);
      const parsed = input as ParsedStatusInput;
      // The numbers only: a report formats just the columns it writes.
      const status = statusCore(parsed);
      const state = status.state;
      const late = state === "breached" || state === "met-late";
      const due = status.dueAt;
      return {
        dueAt: formatIsoInstant(due, 0, true),
        dueAtLocal: formatIsoInstant(due, status.deadline.place.rules.offsetAt(due)),
        state,
        remaining: formatRemaining(status.remainingMs, late),
        remainingMs: status.remainingMs,
        reason: reasonFor(
          state,
          status.remainingMs,
          Math.round((status.elapsedMs / status.targetMs) * 10_000) / 100,
          due - (parsed.respondedAt ?? this.now),
        ),
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
