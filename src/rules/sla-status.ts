/** `slaStatus`: where a live case stands against its response target, with priority changes and pauses. */

import type * as z from "zod/mini";
import {
  addSkippingPauses,
  type Clock,
  clockFor,
  type MergedPause,
  mergePauses,
  pausedWithin,
} from "../calendar/clock.js";
import type { Priority } from "../data/priorities.js";
import { SlaInputError, type SlaIssue } from "../errors.js";
import { localIso, utcIso } from "../explain/format.js";
import { joinSteps, lazy, lazyResult } from "../explain/lazy.js";
import { statusSteps } from "../explain/status.js";
import { readCase } from "../input/read-case.js";
import { ruleFields } from "../input/schema.js";
import type { MeasureFrom } from "../place/fields.js";
import { atField } from "../place/place.js";
import { joinField } from "../validation.js";
import {
  type DeadlineCore,
  deadlineCore,
  deadlineOptionalFields,
  presentDeadline,
} from "./response-deadline.js";
import type { AppliedPause, SlaState, SlaStatus, SlaStatusInput } from "./sla-status-types.js";

/** @internal The case fields {@link slaStatus} reads; its schema is {@link slaStatusInputSchema}. */
export const slaStatusFields = /* @__PURE__ */ (() =>
  ruleFields(
    ["plan", "priority", "openedAt", "now"],
    [
      ...deadlineOptionalFields,
      "respondedAt",
      "priorityHistory",
      "measureFrom",
      "atRiskThreshold",
      "pauses",
    ],
  ))();

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
 * @category Rules
 */
export const slaStatusInputSchema = /* @__PURE__ */ (() => slaStatusFields.schema())();

function checkTimes(input: ParsedStatusInput): void {
  const issues: SlaIssue[] = [];
  const opened = input.openedAt;
  if (input.now < opened) {
    issues.push({
      path: ["now"],
      code: "before_opening",
      message: joinField(
        ["now"],
        `is before \`openedAt\` (${utcIso(input.now)} < ${utcIso(opened)})`,
      ),
    });
  }
  if (input.respondedAt !== undefined) {
    if (input.respondedAt < opened) {
      issues.push({
        path: ["respondedAt"],
        code: "before_opening",
        message: joinField(
          ["respondedAt"],
          `is before \`openedAt\` (${utcIso(input.respondedAt)})`,
        ),
      });
    } else if (input.respondedAt > input.now) {
      issues.push({
        path: ["respondedAt"],
        code: "after_now",
        message: joinField(
          ["respondedAt"],
          `is after \`now\` (${utcIso(input.respondedAt)} > ${utcIso(input.now)})`,
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
 * @category Rules
 */
export function slaStatus(input: SlaStatusInput): SlaStatus {
  return statusFor(readCase(slaStatusFields, input));
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
  const pauses = parsed.pauses === undefined ? [] : mergePauses(parsed.pauses, parsed.now);
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

/** @internal The share of the target used, in percent with two decimals. */
export function percentUsedOf(core: StatusCore): number {
  // `+ 0`: a share that rounds to zero from below is 0, not -0.
  return Math.round((core.elapsedMs / core.targetMs) * 10_000) / 100 + 0;
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
    percentUsed: percentUsedOf(core),
    atRiskThreshold: threshold,
    pausedMs,
    pauses: pauses.length === 0 ? noPauses : lazy(appliedPauses),
    deadline: lazy(() => presentDeadline(core.deadline)),
    steps: lazy((status: SlaStatus) => Object.freeze(statusSteps(core, status))),
    explanation: lazy(joinSteps),
  });
}
