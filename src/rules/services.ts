/** Queries over the services catalog: a plan's features, the field-service menu by solution, launch advisory deliverables. */

import * as z from "zod/mini";
import { type PlanId, planIds } from "../data/plans.js";
import {
  type Feature,
  type FieldServiceActivity,
  fieldServiceActivities,
  type LaunchAdvisoryPhaseId,
  launchAdvisoryPhases,
  planFeatures,
  type SolutionId,
  solutionIds,
} from "../data/services.js";
import { once } from "../memo.js";
import { expectedOneOf } from "../messages.js";
import { parseInput } from "../validation.js";

/** A plan id, as the service-catalog rules read it (also by `addOnEligibility`). */
export const planSchema = /* @__PURE__ */ once(() =>
  z.enum(planIds, { error: expectedOneOf(planIds) }),
);
/** A solution id, as the service-catalog rules read it (also by `addOnEligibility`). */
export const solutionSchema = /* @__PURE__ */ once(() =>
  z.enum(solutionIds, { error: expectedOneOf(solutionIds) }),
);

/**
 * The key features of a support plan, in the order the policy lists them.
 *
 * @param plan - `"expert"` or `"ultimate"`.
 * @returns The plan's features (frozen), each with `id`, `name` and `description`.
 * @throws {@link SlaInputError} For an unknown plan (path `["plan"]`), with a "did you mean" hint.
 * @example
 * ```ts
 * import { planFeaturesFor } from "adobe-support-sla";
 * planFeaturesFor("ultimate").map((f) => f.id) //=> ["designated-account-team", "proactive-services", "launch-advisory", "release-readiness-reviews", "knowledge-transfer", "uptime-optimisation", "roadmap-reviews", "event-planning"]
 * planFeaturesFor("expert")[1]?.name //=> "Phone support"
 * ```
 * @category Catalog
 */
export function planFeaturesFor(plan: PlanId): readonly Feature[] {
  return planFeatures[parseInput(planSchema(), plan, ["plan"])];
}

/**
 * The field-service activities offered for a solution, in menu order ("which activities apply to
 * Target?"). Field services complement consulting engagements; they do not replace them (see
 * `fieldServiceNote`).
 *
 * @param solution - A solution id, such as `"target"` or `"marketo-engage"`.
 * @returns The matching activities (frozen).
 * @throws {@link SlaInputError} For an unknown solution (path `["solution"]`), with a "did you
 * mean" hint.
 * @example
 * ```ts
 * import { fieldServiceActivitiesFor } from "adobe-support-sla";
 * fieldServiceActivitiesFor("target").length //=> 7
 * fieldServiceActivitiesFor("target")[4]?.name //=> "Solution reporting and analysis"
 * fieldServiceActivitiesFor("marketo-engage").map((a) => a.id) //=> ["health-assessment", "basic-use-case-development", "maturity-roadmap"]
 * ```
 * @category Catalog
 */
export function fieldServiceActivitiesFor(solution: SolutionId): readonly FieldServiceActivity[] {
  const id = parseInput(solutionSchema(), solution, ["solution"]);
  return Object.freeze(
    fieldServiceActivities.filter((activity) => activity.solutions.includes(id)),
  );
}

/**
 * One deliverable of the launch advisory services, with its phase.
 *
 * @example
 * ```ts
 * import { type LaunchAdvisoryDeliverable, launchAdvisoryDeliverables } from "adobe-support-sla";
 * const first: LaunchAdvisoryDeliverable | undefined = launchAdvisoryDeliverables()[0];
 * first //=> { phase: "kickoff", phaseName: "Kickoff", deliverable: "Launch kit, including the project collaboration plan" }
 * ```
 * @category Catalog
 */
export interface LaunchAdvisoryDeliverable {
  /** The phase that hands it over. */
  readonly phase: LaunchAdvisoryPhaseId;
  /** The phase's display name. */
  readonly phaseName: string;
  /** What the customer receives. */
  readonly deliverable: string;
}

const deliverables: readonly LaunchAdvisoryDeliverable[] = /* @__PURE__ */ (() =>
  Object.freeze(
    launchAdvisoryPhases.flatMap((phase) =>
      phase.deliverables.map((deliverable) =>
        Object.freeze({ phase: phase.id, phaseName: phase.name, deliverable }),
      ),
    ),
  ))();

/**
 * Everything the launch advisory services hand over, in phase order. Design and Go-live have no
 * deliverable (Go-live may still include performance or load testing, depending on the solution).
 *
 * @returns The deliverables (frozen), each with its phase.
 * @throws Never.
 * @example
 * ```ts
 * import { launchAdvisoryDeliverables } from "adobe-support-sla";
 * launchAdvisoryDeliverables().map((d) => d.phase) //=> ["kickoff", "define", "post-launch"]
 * launchAdvisoryDeliverables()[2]?.deliverable //=> "Engagement summary"
 * ```
 * @category Catalog
 */
export function launchAdvisoryDeliverables(): readonly LaunchAdvisoryDeliverable[] {
  return deliverables;
}
