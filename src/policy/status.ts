/** `slaStatus`: where a live case stands against its response target, with priority changes and pauses. */

import type * as z from "zod/mini";
import type { Priority } from "../data/priorities.js";
import type { BusinessCalendar } from "../engine/calendar.js";
import { beyondRange } from "../engine/calendar.js";
import { addBusinessTimeAt, businessTimeBetweenAt } from "../engine/query.js";
import { SlaInputError, type SlaIssue } from "../errors.js";
import { localIso, utcIso } from "../explain/format.js";
import { joinSteps, lazy, lazyResult } from "../explain/lazy.js";
import { statusSteps } from "../explain/status.js";
import type { CaseWith } from "../input/case.js";
import { readCase } from "../input/read-case.js";
import { ruleSchema } from "../input/schema.js";
import { atField, type MeasureFrom } from "../sla/context.js";
import {
  type DeadlineCore,
  deadlineCore,
  presentDeadline,
  type ResponseDeadline,
} from "../sla/deadline.js";
import { formatIsoInstant } from "../time/civil.js";
import { SUPPORTED_UNTIL_MS } from "../time/range.js";
import { joinField } from "../validation.js";

/**
 * Where a case stands: the values of {@link SlaStatus.state}.
 *
 * @example
 * ```ts
 * import { slaStates } from "adobe-support-sla";
 * slaStates //=> ["pending", "at-risk", "breached", "met", "met-late"]
 * ```
 */
export const slaStates = ["pending", "at-risk", "breached", "met", "met-late"] as const;
/**
 * Where a case stands against its response target:
 *
 * - `pending`: no response yet, deadline ahead, less than the at-risk share of the target used;
 * - `at-risk`: no response yet, deadline not passed, at least the at-risk share used;
 * - `breached`: no response and `now` is after the deadline;
 * - `met`: responded at or before the deadline; `met-late`: responded after it.
 *
 * @example
 * ```ts
 * import { type SlaState, slaStatus } from "adobe-support-sla";
 * const request = { plan: "expert", priority: "P1", openedAt: "2026-11-23T09:00:00Z" } as const;
 * const state: SlaState = slaStatus({ ...request, now: "2026-11-23T10:30:00Z" }).state;
 * state //=> "breached"
 * ```
 */
export type SlaState = (typeof slaStates)[number];

/**
 * Input of {@link slaStatus}: a case ({@link SupportCase}) with `plan`, `priority`, `openedAt`
 * and `now`. It also reads what {@link responseDeadline} reads, and `respondedAt`,
 * `priorityHistory`, `measureFrom`, `atRiskThreshold` and `pauses`; other keys are ignored.
 *
 * @example
 * ```ts
 * import { slaStatus, type SlaStatusInput } from "adobe-support-sla";
 * const input: SlaStatusInput = {
 *   plan: "expert",
 *   priority: "P2",
 *   billingCountry: "GB",
 *   openedAt: "2026-11-23T09:00:00Z",
 *   now: "2026-11-23T10:00:00Z",
 *   respondedAt: "2026-11-23T09:45:00Z",
 * };
 * slaStatus(input).state //=> "met"
 * ```
 */
export type SlaStatusInput = CaseWith<"plan" | "priority" | "openedAt" | "now">;

/**
 * A pause as applied.
 *
 * @example
 * ```ts
 * import { type AppliedPause, slaStatus } from "adobe-support-sla";
 * const request = { plan: "ultimate", priority: "P1", openedAt: "2026-11-23T09:00:00Z" } as const;
 * const pauses = [{ from: "2026-11-23T09:05:00Z", reason: "waiting on customer" }];
 * const pause: AppliedPause | undefined = slaStatus({ ...request, now: "2026-11-23T09:12:00Z", pauses }).pauses[0];
 * pause //=> { from: "2026-11-23T09:05:00.000Z", to: "2026-11-23T09:12:00.000Z", ongoing: true, reason: "waiting on customer", clockMs: 420000 }
 * ```
 */
export interface AppliedPause {
  /** Start, ISO 8601 UTC (after merging overlapping pauses). */
  readonly from: string;
  /** End, ISO 8601 UTC (`now` for an ongoing pause). */
  readonly to: string;
  /** True for a pause given without `to`, counted up to `now`. */
  readonly ongoing: boolean;
  /** The reason as given (merged pauses join theirs with `"; "`), or `null`. */
  readonly reason: string | null;
  /** Clock time (business or 24x7) the pause took out, within the measured span. */
  readonly clockMs: number;
}

/**
 * Result of {@link slaStatus}.
 *
 * Frozen. Its texts (ISO strings, `steps`, `explanation`, the nested `deadline`) are made when first read and
 * then kept; `JSON.stringify`, spreading and `structuredClone` see every field.
 *
 * @example
 * ```ts
 * import { slaStatus, type SlaStatus } from "adobe-support-sla";
 * const request = { plan: "expert", priority: "P2", billingCountry: "GB", openedAt: "2026-11-23T09:00:00Z" } as const;
 * const status: SlaStatus = slaStatus({ ...request, now: "2026-11-23T10:00:00Z" });
 * status.state //=> "pending"
 * status.remainingMs //=> 3600000
 * status.percentUsed //=> 50
 * ```
 */
export interface SlaStatus {
  /** Where the case stands. */
  readonly state: SlaState;
  /** The priority in force at the evaluation instant. */
  readonly priority: Priority;
  /** The priority the case was opened with. */
  readonly openedPriority: Priority;
  /** The deadline in force (pauses applied), ISO UTC. */
  readonly dueAt: string;
  /**
   * Same instant in the calendar's zone.
   * ISO 8601 with a `±hh:mm` offset that `Date.parse` reads to the same instant: an
   * offset with seconds (Africa/Monrovia before 1972, -00:44:30) is written rounded to the
   * minute (-00:45), the wall time shifted to match (see docs/time-zones-and-dst.md).
   */
  readonly dueAtLocal: string;
  /** The deadline in force, epoch milliseconds. */
  readonly dueAtMs: number;
  /** When the at-risk share of the target is used up (pauses applied), ISO UTC. */
  readonly atRiskAt: string;
  /** `respondedAt` when responded, else `now`. */
  readonly evaluatedAt: string;
  /** `now` as given, ISO 8601 UTC. */
  readonly now: string;
  /** `respondedAt` as given, ISO 8601 UTC; `null` when there is no response yet. */
  readonly respondedAt: string | null;
  /** Where the target is measured from, and why. */
  readonly measuredFrom: {
    /** The instant, ISO 8601 UTC. */
    readonly at: string;
    /** Why this instant (the opening, or a priority change). */
    readonly reason: string;
  };
  /** The clock the target runs on: absolute time (P1) or business hours. */
  readonly clock: "24x7" | "business";
  /** The target on its clock, in milliseconds. */
  readonly targetMs: number;
  /** Clock time used between the measurement start and the evaluation instant, pauses excluded. */
  readonly elapsedMs: number;
  /** `targetMs - elapsedMs`: negative when overdue. */
  readonly remainingMs: number;
  /** `elapsedMs / targetMs * 100`, rounded to two decimals. */
  readonly percentUsed: number;
  /** The at-risk share used, as given or the default 0.75. */
  readonly atRiskThreshold: number;
  /** Clock time taken out by pauses within the measured span. */
  readonly pausedMs: number;
  /** The pauses as applied, merged and in order; empty when none was given. */
  readonly pauses: readonly AppliedPause[];
  /** The deadline of the priority in force without pauses, with its own explanation. */
  readonly deadline: ResponseDeadline;
  /** Readable steps, in order. */
  readonly steps: readonly string[];
  /** The steps joined into one sentence. */
  readonly explanation: string;
}

/**
 * Zod schema of {@link SlaStatusInput} (shape; cross-field rules are checked after it by
 * {@link slaStatus}). Its output has instants as epoch milliseconds.
 *
 * @example
 * ```ts
 * import { slaStatusInputSchema } from "adobe-support-sla";
 * const parsed = slaStatusInputSchema.parse({
 *   plan: "ultimate",
 *   priority: "P2",
 *   openedAt: "2026-11-20T16:50:00+01:00",
 *   now: "2026-11-23T09:15:00+01:00",
 * });
 * parsed.now //=> 1795421700000
 * ```
 */
export const slaStatusInputSchema = /* @__PURE__ */ (() =>
  ruleSchema(
    ["plan", "priority", "openedAt", "now"],
    [
      "region",
      "billingCountry",
      "timeZone",
      "product",
      "termStart",
      "holidays",
      "businessDay",
      "respondedAt",
      "priorityHistory",
      "measureFrom",
      "atRiskThreshold",
      "pauses",
    ],
  ))();

function checkTimes(input: ParsedStatusInput): void {
  const issues: SlaIssue[] = [];
  const opened = input.openedAt;
  const iso = (t: number) => formatIsoInstant(t, 0, true);
  if (input.now < opened) {
    issues.push({
      path: ["now"],
      code: "before_opening",
      message: joinField(["now"], `is before \`openedAt\` (${iso(input.now)} < ${iso(opened)})`),
    });
  }
  if (input.respondedAt !== undefined) {
    if (input.respondedAt < opened) {
      issues.push({
        path: ["respondedAt"],
        code: "before_opening",
        message: joinField(["respondedAt"], `is before \`openedAt\` (${iso(input.respondedAt)})`),
      });
    } else if (input.respondedAt > input.now) {
      issues.push({
        path: ["respondedAt"],
        code: "after_now",
        message: joinField(
          ["respondedAt"],
          `is after \`now\` (${iso(input.respondedAt)} > ${iso(input.now)})`,
        ),
      });
    }
  }
  (input.priorityHistory ?? []).forEach((change, index) => {
    if (change.at < opened) {
      const path = ["priorityHistory", index, "at"];
      issues.push({
        path,
        code: "before_opening",
        message: joinField(path, "is before `openedAt`"),
      });
    }
  });
  (input.pauses ?? []).forEach((pause, index) => {
    if (pause.from < opened) {
      const path = ["pauses", index, "from"];
      issues.push({
        path,
        code: "before_opening",
        message: joinField(path, "is before `openedAt`"),
      });
    }
    if (pause.to !== undefined && pause.to < pause.from) {
      const path = ["pauses", index, "to"];
      issues.push({
        path,
        code: "before_start",
        message: joinField(path, "is before the pause's `from`"),
      });
    }
    if (pause.to === undefined && pause.from > input.now) {
      const path = ["pauses", index, "to"];
      issues.push({
        path,
        code: "required",
        message: joinField(path, "is required for a pause that starts after `now`"),
      });
    }
  });
  if (issues.length > 0) throw new SlaInputError(issues);
}

/** The clock a target runs on: measure and add, in milliseconds. */
interface Clock {
  measure(a: number, b: number): number;
  add(a: number, duration: number): number;
}

/** Absolute time: the clock of 24x7 targets. */
const elapsedClock: Clock = {
  measure: (a, b) => Math.max(0, b - a),
  add: (a, duration) => {
    const t = a + duration;
    if (t >= SUPPORTED_UNTIL_MS) throw beyondRange();
    return t;
  },
};

const businessClocks = /* @__PURE__ */ new WeakMap<BusinessCalendar, Clock>();

/** The clock of a calendar (one per calendar, shared), or absolute time for `null`. */
function clockFor(calendar: BusinessCalendar | null): Clock {
  if (calendar === null) return elapsedClock;
  let clock = businessClocks.get(calendar);
  if (clock === undefined) {
    clock = {
      measure: (a, b) => Math.max(0, businessTimeBetweenAt(calendar, a, b)),
      add: (a, duration) => addBusinessTimeAt(calendar, a, duration),
    };
    businessClocks.set(calendar, clock);
  }
  return clock;
}

/** A pause after merging overlaps; an ongoing one ends at `now`. */
interface MergedPause {
  from: number;
  to: number;
  ongoing: boolean;
  reason: string | null;
}

function mergePauses(input: ParsedStatusInput): MergedPause[] {
  const list = (input.pauses ?? [])
    .map((p) => ({
      from: p.from,
      to: p.to ?? input.now,
      ongoing: p.to === undefined,
      reason: p.reason ?? null,
    }))
    .filter((p) => p.to > p.from)
    .sort((a, b) => a.from - b.from);
  const merged: typeof list = [];
  for (const pause of list) {
    const last = merged[merged.length - 1];
    if (last && pause.from <= last.to) {
      last.to = Math.max(last.to, pause.to);
      last.ongoing ||= pause.ongoing;
      last.reason = [last.reason, pause.reason].filter(Boolean).join("; ") || null;
    } else merged.push({ ...pause });
  }
  return merged;
}

/** The earliest instant at which `target` of clock time has run since `start`, skipping the pauses. */
function addSkippingPauses(
  clock: Clock,
  start: number,
  target: number,
  pauses: readonly { from: number; to: number }[],
): number {
  let remaining = target;
  let cursor = start;
  for (const pause of pauses) {
    if (pause.to <= cursor) continue;
    if (pause.from > cursor) {
      const available = clock.measure(cursor, pause.from);
      if (available >= remaining) return clock.add(cursor, remaining);
      remaining -= available;
    }
    cursor = pause.to;
  }
  return clock.add(cursor, remaining);
}

/** Clock time inside the pauses within `[a, b)`. */
function pausedWithin(
  clock: Clock,
  a: number,
  b: number,
  pauses: readonly { from: number; to: number }[],
): number {
  let total = 0;
  for (const pause of pauses) {
    const from = Math.max(a, pause.from);
    const to = Math.min(b, pause.to);
    if (to > from) total += clock.measure(from, to);
  }
  return total;
}

/**
 * Where a case stands: `pending`, `at-risk`, `breached`, `met` or `met-late`, with the deadline in
 * force, the clock time elapsed and remaining, and why.
 *
 * The status is taken at `respondedAt` when there is a response, else at `now`, with the priority
 * in force then (the last `priorityHistory` change at or before it). A changed priority's target
 * counts from the original opening, or from the change with `measureFrom: "change"`. Pauses stop
 * the clock (merged when they overlap; one without `to` lasts until `now`); the published policy
 * has none, so none applies unless given.
 *
 * @param input - The request as for `responseDeadline`, plus `now`, `respondedAt`, `priorityHistory`, `pauses`.
 * @returns The state, the deadline in force, elapsed/remaining clock time and readable steps.
 * @throws {@link SlaInputError} For invalid input as {@link responseDeadline} reports it, and for
 *   `now` or a change or pause before the opening, `respondedAt` after `now` (code `after_now`),
 *   a pause ending before it starts, or an open-ended pause starting after `now`.
 * @example
 * ```ts
 * import { slaStatus } from "adobe-support-sla";
 * const status = slaStatus({
 *   plan: "ultimate",
 *   priority: "P2",
 *   billingCountry: "FR",
 *   openedAt: "2026-11-20T16:50:00+01:00",
 *   now: "2026-11-23T09:15:00+01:00",
 * });
 * status.state //=> "at-risk"
 * status.percentUsed //=> 83.33
 * status.remainingMs //=> 300000
 * status.dueAt //=> "2026-11-23T08:20:00.000Z"
 * ```
 *
 * 25 of the 30 business minutes are used (10 on Friday, 15 on Monday): past the 75% at-risk share.
 */
export function slaStatus(input: SlaStatusInput): SlaStatus {
  return statusFor(readCase(slaStatusInputSchema, input));
}

/** @internal {@link SlaStatusInput} after validation. */
export type ParsedStatusInput = z.output<typeof slaStatusInputSchema>;

/**
 * @internal The status of an already validated input; its texts are made when first read, so
 * bulk work such as the CLI report pays only for the fields it reads.
 */
export function statusFor(parsed: ParsedStatusInput): SlaStatus {
  return presentStatus(statusCore(parsed));
}

/** @internal The numbers behind a status, before any formatting. */
export interface StatusCore {
  readonly parsed: ParsedStatusInput;
  /** The deadline of the priority in force, from the measurement start, without pauses. */
  readonly deadline: DeadlineCore;
  readonly priority: Priority;
  readonly inForce: { readonly priority: Priority; readonly at: number } | undefined;
  readonly measureFrom: MeasureFrom;
  readonly start: number;
  readonly clock: Clock;
  readonly pauses: readonly MergedPause[];
  readonly threshold: number;
  readonly evaluatedAt: number;
  /** The deadline in force, pauses applied. */
  readonly dueAt: number;
  readonly targetMs: number;
  readonly elapsedMs: number;
  readonly remainingMs: number;
  readonly pausedMs: number;
  readonly state: SlaState;
}

/** @internal The status of an already validated input, as numbers (bulk callers format what they need). */
export function statusCore(parsed: ParsedStatusInput): StatusCore {
  checkTimes(parsed);
  const evaluatedAt = parsed.respondedAt ?? parsed.now;
  let inForce: { priority: Priority; at: number } | undefined;
  if (parsed.priorityHistory !== undefined) {
    const history = [...parsed.priorityHistory].sort((a, b) => a.at - b.at);
    for (const change of history) if (change.at <= evaluatedAt) inForce = change;
  }
  const priority = inForce?.priority ?? parsed.priority;
  const measureFrom: MeasureFrom = parsed.measureFrom ?? "opening";
  const start = measureFrom === "change" && inForce ? inForce.at : parsed.openedAt;
  const deadline = deadlineCore(
    priority === parsed.priority && start === parsed.openedAt
      ? parsed
      : { ...parsed, priority, openedAt: start },
  );
  const clock = clockFor(deadline.calendar);
  const targetMs = deadline.milliseconds;
  const clockStart = deadline.clockStart;
  const pauses = parsed.pauses === undefined ? [] : mergePauses(parsed);
  const threshold = parsed.atRiskThreshold ?? 0.75;

  let dueAt = deadline.due;
  if (pauses.length > 0) {
    try {
      dueAt = addSkippingPauses(clock, clockStart, targetMs, pauses);
    } catch (error) {
      atField(error, "openedAt");
    }
  }
  const pausedMs = pauses.length === 0 ? 0 : pausedWithin(clock, clockStart, evaluatedAt, pauses);
  const elapsedMs = clock.measure(clockStart, evaluatedAt) - pausedMs;
  const remainingMs = targetMs - elapsedMs;

  let state: SlaState;
  if (parsed.respondedAt !== undefined) state = parsed.respondedAt <= dueAt ? "met" : "met-late";
  else if (parsed.now > dueAt) state = "breached";
  else if (elapsedMs >= targetMs * threshold) state = "at-risk";
  else state = "pending";
  return {
    parsed,
    deadline,
    priority,
    inForce,
    measureFrom,
    start,
    clock,
    pauses,
    threshold,
    evaluatedAt,
    dueAt,
    targetMs,
    elapsedMs,
    remainingMs,
    pausedMs,
    state,
  };
}

/** @internal When the at-risk share of the target is used up, pauses skipped. */
function atRiskInstant(core: StatusCore): number {
  const { clock, pauses, targetMs, threshold } = core;
  try {
    return addSkippingPauses(
      clock,
      core.deadline.clockStart,
      Math.ceil(targetMs * threshold),
      pauses,
    );
  } catch (error) {
    atField(error, "openedAt");
  }
}

const noPauses: readonly AppliedPause[] = /* @__PURE__ */ (() => Object.freeze([]))();

/**
 * @internal The public result of a computed status. Its texts (ISO strings, `measuredFrom`,
 * `pauses`, the nested `deadline`, `steps`, `explanation`) are made when first read: see
 * {@link lazyResult}.
 */
export function presentStatus(core: StatusCore): SlaStatus {
  const { parsed, priority, inForce, measureFrom, start, clock, pauses, threshold, evaluatedAt } =
    core;
  const { dueAt, targetMs, elapsedMs, remainingMs, pausedMs, state } = core;
  const clockStart = core.deadline.clockStart;
  const atRiskAt = atRiskInstant(core);
  const rules = core.deadline.place.rules;
  const respondedAt = parsed.respondedAt;
  const appliedPauses = () =>
    Object.freeze(
      pauses.map(
        (pause): AppliedPause =>
          Object.freeze({
            from: utcIso(pause.from),
            to: utcIso(pause.to),
            ongoing: pause.ongoing,
            reason: pause.reason,
            clockMs: pausedWithin(clock, clockStart, Math.max(evaluatedAt, dueAt), [pause]),
          }),
      ),
    );
  const measuredFromReason =
    inForce === undefined
      ? "the opening (no priority change)"
      : measureFrom === "change"
        ? `the change to ${priority} (measureFrom "change")`
        : `the original opening (a change to ${priority} is measured from the opening by default)`;
  return lazyResult<SlaStatus>({
    state,
    priority,
    openedPriority: parsed.priority,
    dueAt: lazy(() => utcIso(dueAt)),
    dueAtLocal: lazy(() => localIso(dueAt, rules)),
    dueAtMs: dueAt,
    atRiskAt: lazy(() => utcIso(atRiskAt)),
    evaluatedAt: lazy(() => utcIso(evaluatedAt)),
    now: lazy(() => utcIso(parsed.now)),
    respondedAt: respondedAt === undefined ? null : lazy(() => utcIso(respondedAt)),
    measuredFrom: lazy(() => Object.freeze({ at: utcIso(start), reason: measuredFromReason })),
    clock: core.deadline.target.clock,
    targetMs,
    elapsedMs,
    remainingMs,
    // `+ 0`: a share that rounds to zero from below is 0, not -0.
    percentUsed: Math.round((elapsedMs / targetMs) * 10_000) / 100 + 0,
    atRiskThreshold: threshold,
    pausedMs,
    pauses: pauses.length === 0 ? noPauses : lazy(appliedPauses),
    deadline: lazy(() => presentDeadline(core.deadline)),
    steps: lazy((status: SlaStatus) => Object.freeze(statusSteps(core, status))),
    explanation: lazy(joinSteps),
  });
}
