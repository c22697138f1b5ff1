/** `report`'s per-row work: one row's cells to a validated `slaStatus` input, the status, and the added columns. */

import * as z from "zod/mini";
import type { Priority } from "../../data/priorities.js";
import { isSlaInputError, SlaInputError, type SlaIssue } from "../../errors.js";
import {
  type ParsedStatusInput,
  slaStatusInputSchema,
  statusCore,
} from "../../rules/sla-status.js";
import type { SlaState } from "../../rules/sla-status-types.js";
import { formatIsoInstant } from "../../time/civil.js";
import { instantVerdict, readInstant } from "../../time/instant.js";
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
const holidaysOnlySchema = z.pick(slaStatusInputSchema, { holidays: true });

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

/** A field's verdict on one text: its parsed value, or the problems found. */
interface Verdict {
  readonly value: unknown;
  /** `undefined` when the value is valid. */
  readonly issues: readonly SlaIssue[] | undefined;
}

/**
 * Validates one field of a row with its own schema from `slaStatusInputSchema`, so that errors
 * and results are exactly the library's. The verdict on a given text never changes, so it is
 * remembered for the fields whose values repeat from row to row (plan, priority, region, country,
 * zone, product, term start): a million rows validate a handful of distinct values. Instants
 * differ on every row and are validated every time.
 */
class FieldCheck {
  private schema: z.ZodMiniType | undefined;
  private readonly verdicts = new Map<unknown, Verdict>();

  /** Timestamps are read by `instantVerdict`, the same check as their schema without zod's layer. */
  private readonly instant: boolean;

  constructor(
    private readonly field: StatusField,
    private readonly remember: boolean,
  ) {
    this.instant = field === "openedAt" || field === "respondedAt" || field === "now";
  }

  /** The parsed value of the field, or `undefined` with the problems appended to `issues`. */
  check(raw: unknown, issues: SlaIssue[]): unknown {
    const remember = this.remember;
    if (remember) {
      const known = this.verdicts.get(raw);
      if (known !== undefined) {
        if (known.issues === undefined) return known.value;
        issues.push(...known.issues);
        return undefined;
      }
    }
    const field = this.field;
    let verdict: Verdict;
    try {
      // A present value is parsed by the field's own schema, paths prefixed with the field; a
      // missing one through the one-field object, which reports it as required.
      let value: unknown;
      if (this.instant && raw !== undefined) {
        // Timestamps: the reader instantSchema wraps, called directly (see instantVerdict).
        const read = readInstant(raw);
        if (typeof read !== "number") {
          const verdict = instantVerdict(raw, [field]);
          throw new SlaInputError(verdict.issue === undefined ? [] : [verdict.issue]);
        }
        value = read;
      } else if (raw === undefined) {
        if (this.schema === undefined) {
          this.schema = z.strictObject({ [field]: slaStatusInputSchema.shape[field] });
        }
        value = (parseInput(this.schema, { [field]: raw }) as Record<string, unknown>)[field];
      } else value = parseInput(slaStatusInputSchema.shape[field], raw, [field]);
      verdict = { value, issues: undefined };
    } catch (error) {
      if (!isSlaInputError(error)) throw error;
      verdict = { value: undefined, issues: error.issues };
    }
    if (remember && typeof raw !== "object") {
      if (this.verdicts.size >= FIELD_CACHE_LIMIT) this.verdicts.clear();
      this.verdicts.set(raw, verdict);
    }
    if (verdict.issues !== undefined) {
      issues.push(...verdict.issues);
      return undefined;
    }
    return verdict.value;
  }
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

/** Computes rows. One per report: it memoises holiday lists across rows. */
export class RowEvaluator {
  private readonly now: number;
  private readonly atRisk: number;
  private readonly globalHolidays: readonly string[] | undefined;
  /** Combined holiday list per row cell (the same array each time, so validation is memoised). */
  private readonly holidayCache = new Map<string, readonly string[] | Error>();
  private readonly plan = new FieldCheck("plan", true);
  private readonly priority = new FieldCheck("priority", true);
  private readonly openedAt = new FieldCheck("openedAt", false);
  private readonly respondedAt = new FieldCheck("respondedAt", false);
  private readonly region = new FieldCheck("region", true);
  private readonly billingCountry = new FieldCheck("billingCountry", true);
  private readonly timeZone = new FieldCheck("timeZone", true);
  private readonly product = new FieldCheck("product", true);
  private readonly termStart = new FieldCheck("termStart", true);
  private readonly businessDay = new FieldCheck("businessDay", true);
  private readonly holidays = new FieldCheck("holidays", false);
  /** `remaining` texts by whole minutes (negative keys: late). */
  private readonly remainingTexts = new TextCache();
  /** Reasons against the deadline (met, met-late, breached) by wall-clock minutes and state. */
  private readonly deadlineReasons = new TextCache();
  /** Reasons with time left (pending, at-risk) by minutes left, percentage used and state. */
  private readonly timeLeftReasons = new TextCache();
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
      // A copy of the key: a cell is a slice of the input chunk and would keep it alive.
      this.holidayCache.set(JSON.parse(JSON.stringify(key)) as string, list);
    }
    if (list instanceof Error) throw list;
    return list;
  }

  private cell(cells: readonly unknown[], field: number): unknown {
    const i = this.index[field] as number;
    return i < 0 ? undefined : inputValue(cells[i]);
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

  /** The added columns of one row: computed, or an error row naming `line`. */
  evaluate(cells: readonly unknown[], line: number): RowResult {
    try {
      // Field by field with the library's own schemas (see FieldCheck); required fields always,
      // so that a blank cell is reported as required, optional ones only when present.
      const issues: SlaIssue[] = [];
      const plan = this.plan.check(this.cell(cells, F.plan), issues);
      const priority = this.priority.check(this.cell(cells, F.priority), issues);
      const openedAt = this.openedAt.check(this.cell(cells, F.openedAt), issues);
      let value = this.cell(cells, F.respondedAt);
      const respondedAt = value === undefined ? undefined : this.respondedAt.check(value, issues);
      value = this.cell(cells, F.region);
      const region = value === undefined ? undefined : this.region.check(value, issues);
      value = this.cell(cells, F.country);
      const billingCountry =
        value === undefined ? undefined : this.billingCountry.check(value, issues);
      value = this.cell(cells, F.timeZone);
      const timeZone = value === undefined ? undefined : this.timeZone.check(value, issues);
      value = this.cell(cells, F.product);
      const product = value === undefined ? undefined : this.product.check(value, issues);
      value = this.cell(cells, F.termStart);
      const termStart = value === undefined ? undefined : this.termStart.check(value, issues);
      value = this.cell(cells, F.businessDay);
      const businessDay = value === undefined ? undefined : this.businessDay.check(value, issues);
      value = this.holidaysFor(this.cell(cells, F.holidays));
      const holidays = value === undefined ? undefined : this.holidays.check(value, issues);
      if (issues.length > 0) throw new SlaInputError(issues);
      // One shape for every row (absent fields undefined, which the library reads as absent).
      const parsed = {
        plan,
        priority,
        openedAt,
        now: this.now,
        atRiskThreshold: this.atRisk,
        respondedAt,
        region,
        billingCountry,
        timeZone,
        product,
        termStart,
        businessDay,
        holidays,
      } as ParsedStatusInput;
      // The numbers only: a report formats just the columns it writes.
      const status = statusCore(parsed);
      const state = status.state;
      const late = state === "breached" || state === "met-late";
      const due = status.dueAt;
      return {
        dueAt: formatIsoInstant(due, 0, true),
        dueAtLocal: formatIsoInstant(due, status.deadline.place.rules.offsetAt(due)),
        state,
        remaining: this.remainingText(status.remainingMs, late),
        remainingMs: status.remainingMs,
        reason: this.reason(
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
