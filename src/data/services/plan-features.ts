/** The key features of Expert and Ultimate Support, in the order the policy lists them (pure data, our own wording). */

import type { PlanId } from "../plans.js";
import type { InOrder } from "./in-order.js";

/**
 * Feature identifiers of Expert Support, in the order the policy lists them.
 *
 * @example
 * ```ts
 * import { expertFeatureIds } from "adobe-support-sla";
 * expertFeatureIds[0] //=> "online-support"
 * expertFeatureIds.length //=> 6
 * ```
 * @category Catalog
 */
export const expertFeatureIds = [
  "online-support",
  "phone-support",
  "guided-learning",
  "pooled-team-and-swarming",
  "unlimited-requests",
  "event-planning",
] as const;

/**
 * Feature identifiers of Ultimate Support, in the order the policy lists them.
 *
 * @example
 * ```ts
 * import { ultimateFeatureIds } from "adobe-support-sla";
 * ultimateFeatureIds[0] //=> "designated-account-team"
 * ultimateFeatureIds.includes("event-planning") //=> true
 * ```
 * @category Catalog
 */
export const ultimateFeatureIds = [
  "designated-account-team",
  "proactive-services",
  "launch-advisory",
  "release-readiness-reviews",
  "knowledge-transfer",
  "uptime-optimisation",
  "roadmap-reviews",
  "event-planning",
] as const;

/**
 * A plan feature identifier (`"event-planning"` belongs to both plans).
 *
 * @example
 * ```ts
 * import { type FeatureId, planFeaturesFor } from "adobe-support-sla";
 * const id: FeatureId = "launch-advisory";
 * planFeaturesFor("ultimate").some((feature) => feature.id === id) //=> true
 * planFeaturesFor("expert").some((feature) => feature.id === id) //=> false
 * ```
 * @category Catalog
 */
export type FeatureId = (typeof expertFeatureIds)[number] | (typeof ultimateFeatureIds)[number];

/**
 * One feature of a support plan.
 *
 * @example
 * ```ts
 * import { type Feature, planFeaturesFor } from "adobe-support-sla";
 * const first: Feature | undefined = planFeaturesFor("expert")[0];
 * first?.name //=> "Online support around the clock"
 * ```
 * @category Catalog
 */
export interface Feature {
  /** The feature's id. */
  readonly id: FeatureId;
  /** Display name. */
  readonly name: string;
  /** Our own one- or two-sentence description. */
  readonly description: string;
}

const eventPlanning =
  "Experts review your environment, report on it, and advise and help you as you get ready for a critical, high-traffic event.";

const expertFeatures: InOrder<typeof expertFeatureIds, Feature> = /* @__PURE__ */ (() => [
  Object.freeze({
    id: "online-support",
    name: "Online support around the clock",
    description: "Reach Adobe at any hour of any day by chat or through the web portal.",
  }),
  Object.freeze({
    id: "phone-support",
    name: "Phone support",
    description:
      "Phone lines are open 24x7 for P1 emergencies; P2, P3 and P4 calls are taken during business hours.",
  }),
  Object.freeze({
    id: "guided-learning",
    name: "Guided learning resources",
    description:
      "Self-service material on Experience League: product documentation, solutions from past cases, troubleshooting videos and best practices.",
  }),
  Object.freeze({
    id: "pooled-team-and-swarming",
    name: "Pooled team and swarming",
    description:
      'Support staff are organised in global "pods" of experts with varied backgrounds, who swarm on an issue to resolve it as quickly as possible.',
  }),
  Object.freeze({
    id: "unlimited-requests",
    name: "Unlimited support requests",
    description:
      "Open as many requests as you need, hear about outages through proactive alerts, and have escalations handled by priority so issues close sooner.",
  }),
  Object.freeze({
    id: "event-planning",
    name: "Event planning (optional add-on)",
    description: eventPlanning,
  }),
])();

const ultimateFeatures: InOrder<typeof ultimateFeatureIds, Feature> = /* @__PURE__ */ (() => [
  Object.freeze({
    id: "designated-account-team",
    name: "Designated technical account manager and support services manager",
    description:
      "Named experts run a support experience tailored to you across all your solutions: they carry your feedback and issues inside Adobe, hold regular service reviews, and keep you personally informed during critical outages.",
  }),
  Object.freeze({
    id: "proactive-services",
    name: "Proactive technical and operational services",
    description:
      "Advice before problems arise: service delivery planning, health checks, maintenance and best practices, upgrade and migration planning, and use-case recommendations.",
  }),
  Object.freeze({
    id: "launch-advisory",
    name: "Launch advisory",
    description:
      "For a new implementation, help adopting and rolling out your solution design through launch advisory and best-practice enablement services (see `launchAdvisoryPhases`).",
  }),
  Object.freeze({
    id: "release-readiness-reviews",
    name: "Release readiness reviews",
    description:
      "Walk through what is new and work out the maintenance and troubleshooting needed before you move to the latest releases and platforms.",
  }),
  Object.freeze({
    id: "knowledge-transfer",
    name: "Knowledge transfer",
    description:
      "Technical account managers pass on tips and best practices for specific features, across every solution.",
  }),
  Object.freeze({
    id: "uptime-optimisation",
    name: "Uptime optimisation with prioritised support",
    description:
      "Quicker help through tighter response targets for any number of issues, root-cause analysis of P1 and P2 issues, and escalations managed for you personally.",
  }),
  Object.freeze({
    id: "roadmap-reviews",
    name: "Roadmap reviews",
    description:
      "Look ahead at Adobe's solution roadmaps and line yours up with them, to lower risk and plan for major changes.",
  }),
  Object.freeze({
    id: "event-planning",
    name: "Event planning (add-on)",
    description: eventPlanning,
  }),
])();

/**
 * The key features of each plan, in the order the policy lists them (see also
 * {@link planFeaturesFor}, which validates the plan).
 *
 * @example
 * ```ts
 * import { planFeatures } from "adobe-support-sla";
 * planFeatures.expert.length //=> 6
 * planFeatures.ultimate[2]?.name //=> "Launch advisory"
 * ```
 * @category Catalog
 */
export const planFeatures: Readonly<Record<PlanId, readonly Feature[]>> = /* @__PURE__ */ (() =>
  Object.freeze({
    expert: Object.freeze(expertFeatures),
    ultimate: Object.freeze(ultimateFeatures),
  } satisfies Record<PlanId, readonly Feature[]>))();
