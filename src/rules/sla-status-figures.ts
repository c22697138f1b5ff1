/** `slaStatusFigures`: the figures of `slaStatus` without its explanation, for bulk work. */

import { localIso, utcIso } from "../explain/format.js";
import { readCase } from "../input/read-case.js";
import { percentUsedOf, slaStatusFields, statusCore } from "./sla-status.js";
import type { SlaStatusFigures, SlaStatusInput } from "./sla-status-types.js";

/**
 * The figures of {@link slaStatus} for the same case: state, deadline, clock time used and left,
 * the same values under the same names, as a plain frozen object without the explanation. It
 * validates the case exactly as `slaStatus` does and throws the same errors; it is the entry for
 * bulk work, such as a report over a million tickets, where each status is read once for a few
 * columns (about twice as cheap as `slaStatus`: see docs/performance.md). Call `slaStatus` on the
 * same case when a row needs its "why".
 *
 * @throws SlaInputError When the case is invalid, as {@link slaStatus}.
 *
 * @example
 * ```ts
 * import { slaStatusFigures } from "adobe-support-sla";
 * const figures = slaStatusFigures({
 *   plan: "ultimate",
 *   priority: "P2",
 *   billingCountry: "FR",
 *   openedAt: "2026-11-20T16:50:00+01:00",
 *   now: "2026-11-23T09:15:00+01:00",
 * });
 * figures.state //=> "at-risk"
 * figures.percentUsed //=> 83.33
 * figures.dueAt //=> "2026-11-23T08:20:00.000Z"
 * ```
 * @category Rules
 */
export function slaStatusFigures(input: SlaStatusInput): SlaStatusFigures {
  const core = statusCore(readCase(slaStatusFields, input));
  const { dueAt, deadline } = core;
  return Object.freeze({
    state: core.state,
    plan: core.parsed.plan,
    priority: core.priority,
    openedPriority: core.parsed.priority,
    dueAt: utcIso(dueAt),
    dueAtLocal: localIso(dueAt, deadline.place.rules),
    dueAtMs: dueAt,
    evaluatedAtMs: core.evaluatedAt,
    openedAtMs: core.parsed.openedAt,
    region: deadline.place.region?.id ?? null,
    timeZone: deadline.place.zone.id,
    clock: deadline.target.clock,
    targetMs: core.targetMs,
    elapsedMs: core.elapsedMs,
    remainingMs: core.remainingMs,
    percentUsed: percentUsedOf(core),
    atRiskThreshold: core.threshold,
    pausedMs: core.pausedMs,
  });
}
