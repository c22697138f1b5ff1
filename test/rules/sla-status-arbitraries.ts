/** Generated `slaStatus` cases, shared by the properties of slaStatus and slaStatusFigures. */

import fc from "fast-check";
import { priorities, regionIds } from "../../src/index.js";
import type { SlaStatusInput } from "../../src/rules/sla-status-types.js";

const FROM = Date.UTC(2000, 0, 1);
const UNTIL = Date.UTC(2100, 0, 1);
const HOUR = 3_600_000;
const where = fc.oneof(
  fc.record({
    billingCountry: fc.constantFrom("FR", "US", "JP", "AU", "IN", "BR", "ZA", "NZ", "CL", "IR"),
  }),
  fc.record({ region: fc.constantFrom(...regionIds) }),
);
/** A request: plan, priority, opening, place, `now` after it, maybe a response, pauses and threshold. */
export const request = fc.record({
  plan: fc.constantFrom("expert" as const, "ultimate" as const),
  priority: fc.constantFrom(...priorities),
  openedAt: fc.integer({ min: FROM, max: UNTIL }),
  where,
  nowAfter: fc.integer({ min: 0, max: 30 * 24 * HOUR }),
  responded: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
  pauses: fc.array(
    fc.tuple(
      fc.integer({ min: 0, max: 10 * 24 * HOUR }),
      fc.integer({ min: 0, max: 3 * 24 * HOUR }),
    ),
    { maxLength: 3 },
  ),
  threshold: fc.option(fc.double({ min: 0.05, max: 1, noNaN: true }), { nil: undefined }),
});
export type Request = typeof request extends fc.Arbitrary<infer T> ? T : never;
/** The `slaStatus` input of a generated request, with or without its pauses. */
export const toInput = (r: Request, withPauses: boolean): SlaStatusInput => {
  const now = r.openedAt + r.nowAfter;
  return {
    plan: r.plan,
    priority: r.priority,
    openedAt: r.openedAt,
    ...r.where,
    now,
    ...(r.responded === undefined
      ? {}
      : { respondedAt: r.openedAt + Math.floor(r.nowAfter * r.responded) }),
    ...(r.threshold === undefined ? {} : { atRiskThreshold: r.threshold }),
    ...(withPauses
      ? {
          pauses: r.pauses.map(([at, length]) => ({
            from: r.openedAt + at,
            to: r.openedAt + at + length,
          })),
        }
      : {}),
  };
};
