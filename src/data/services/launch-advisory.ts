/** The launch advisory phases, in order, with their activities and deliverables (pure data, our own wording). */

import type { InOrder } from "./in-order.js";

/**
 * Launch advisory phase identifiers, in order.
 *
 * @example
 * ```ts
 * import { launchAdvisoryPhaseIds } from "adobe-support-sla";
 * launchAdvisoryPhaseIds //=> ["kickoff", "define", "design", "go-live", "post-launch"]
 * ```
 * @category Catalog
 */
export const launchAdvisoryPhaseIds = [
  "kickoff",
  "define",
  "design",
  "go-live",
  "post-launch",
] as const;
/**
 * A launch advisory phase: `"kickoff"`, `"define"`, `"design"`, `"go-live"` or `"post-launch"`.
 *
 * @example
 * ```ts
 * import { type LaunchAdvisoryPhaseId, launchAdvisoryPhases } from "adobe-support-sla";
 * const id: LaunchAdvisoryPhaseId = "go-live";
 * launchAdvisoryPhases.find((phase) => phase.id === id)?.order //=> 4
 * ```
 * @category Catalog
 */
export type LaunchAdvisoryPhaseId = (typeof launchAdvisoryPhaseIds)[number];

/**
 * One phase of the launch advisory services (proactive activities by phase).
 *
 * @example
 * ```ts
 * import { type LaunchAdvisoryPhase, launchAdvisoryPhases } from "adobe-support-sla";
 * const define: LaunchAdvisoryPhase = launchAdvisoryPhases[1];
 * define.order //=> 2
 * define.deliverables //=> ["Assessment and recommendations document"]
 * ```
 * @category Catalog
 */
export interface LaunchAdvisoryPhase {
  /** The phase's id. */
  readonly id: LaunchAdvisoryPhaseId;
  /** Position, from 1 (kickoff) to 5 (post-launch). */
  readonly order: number;
  /** Display name. */
  readonly name: string;
  /** What happens in the phase, in our own words. */
  readonly activities: readonly string[];
  /** What the customer receives at the end of the phase; empty when the phase has none. */
  readonly deliverables: readonly string[];
}

const phases: InOrder<typeof launchAdvisoryPhaseIds, LaunchAdvisoryPhase> = /* @__PURE__ */ (() => [
  Object.freeze({
    id: "kickoff",
    order: 1,
    name: "Kickoff",
    activities: Object.freeze([
      "Start the project and agree on goals and timelines",
      "Draw up the project collaboration plan",
      "Identify resources and stakeholders",
      "Set the rhythm of project meetings",
    ]),
    deliverables: Object.freeze(["Launch kit, including the project collaboration plan"]),
  }),
  Object.freeze({
    id: "define",
    order: 2,
    name: "Define",
    activities: Object.freeze([
      "Capture business requirements and key performance indicators",
      "Describe use cases, for one solution or across several where relevant",
      "Plan how the customer gets ready",
      "Assess the situation and make recommendations, laying solid groundwork for the new implementation",
    ]),
    deliverables: Object.freeze(["Assessment and recommendations document"]),
  }),
  Object.freeze({
    id: "design",
    order: 3,
    name: "Design",
    activities: Object.freeze([
      "Advise on best practices",
      "Review the technical specification and the architecture of the solution design, and across solutions when needed",
      "Check that the implementation will work as well as it can",
    ]),
    deliverables: Object.freeze([]),
  }),
  Object.freeze({
    id: "go-live",
    order: 4,
    name: "Go-live",
    activities: Object.freeze([
      "Advise on best practices",
      "Check that the implementation, its features and its integrations are fit for use",
      "Confirm the launch is ready",
      "Performance or load testing, depending on the solution",
    ]),
    deliverables: Object.freeze([]),
  }),
  Object.freeze({
    id: "post-launch",
    order: 5,
    name: "Post-launch",
    activities: Object.freeze([
      "Enablement",
      "Advise on use cases that raise maturity",
      "Sum up the engagement",
      "Hand over to support and/or field services",
    ]),
    deliverables: Object.freeze(["Engagement summary"]),
  }),
])();

/**
 * The launch advisory phases, in order, each with its activities and deliverables (see also
 * {@link launchAdvisoryDeliverables}).
 *
 * @example
 * ```ts
 * import { launchAdvisoryPhases } from "adobe-support-sla";
 * launchAdvisoryPhases.map((phase) => phase.deliverables.length) //=> [1, 1, 0, 0, 1]
 * launchAdvisoryPhases[0].deliverables //=> ["Launch kit, including the project collaboration plan"]
 * ```
 * @category Catalog
 */
export const launchAdvisoryPhases = /* @__PURE__ */ (() => Object.freeze(phases))();
