/** The Experience Cloud solutions and the field-service menu: each activity type and the solutions it covers (pure data, our own wording). */

import type { InOrder } from "./in-order.js";

/**
 * Experience Cloud solutions named by the field-service menu.
 *
 * @example
 * ```ts
 * import { solutionIds } from "adobe-support-sla";
 * solutionIds //=> ["analytics", "audience-manager", "target", "campaign", "experience-manager", "commerce", "marketo-engage"]
 * ```
 * @category Catalog
 */
export const solutionIds = [
  "analytics",
  "audience-manager",
  "target",
  "campaign",
  "experience-manager",
  "commerce",
  "marketo-engage",
] as const;
/**
 * A solution: `"analytics"`, `"audience-manager"`, `"target"`, `"campaign"`, `"experience-manager"`, `"commerce"` or `"marketo-engage"`.
 *
 * @example
 * ```ts
 * import { type SolutionId, solutions } from "adobe-support-sla";
 * const id: SolutionId = "marketo-engage";
 * solutions[id].name //=> "Adobe Marketo Engage"
 * ```
 * @category Catalog
 */
export type SolutionId = (typeof solutionIds)[number];

/**
 * One solution.
 *
 * @example
 * ```ts
 * import { type Solution, solutions } from "adobe-support-sla";
 * const aem: Solution = solutions["experience-manager"];
 * aem.name //=> "Adobe Experience Manager"
 * ```
 * @category Catalog
 */
export interface Solution {
  /** The solution's id, also its key in {@link solutions}. */
  readonly id: SolutionId;
  /** Display name. */
  readonly name: string;
}

/**
 * Solutions by id, with display names.
 *
 * @example
 * ```ts
 * import { solutions } from "adobe-support-sla";
 * solutions.target.name //=> "Adobe Target"
 * ```
 * @category Catalog
 */
export const solutions: Readonly<Record<SolutionId, Solution>> = /* @__PURE__ */ (() =>
  Object.freeze({
    analytics: Object.freeze({ id: "analytics", name: "Adobe Analytics" }),
    "audience-manager": Object.freeze({ id: "audience-manager", name: "Adobe Audience Manager" }),
    target: Object.freeze({ id: "target", name: "Adobe Target" }),
    campaign: Object.freeze({ id: "campaign", name: "Adobe Campaign" }),
    "experience-manager": Object.freeze({
      id: "experience-manager",
      name: "Adobe Experience Manager",
    }),
    commerce: Object.freeze({ id: "commerce", name: "Adobe Commerce" }),
    "marketo-engage": Object.freeze({ id: "marketo-engage", name: "Adobe Marketo Engage" }),
  } satisfies Record<SolutionId, Solution>))();

/**
 * Field-service activity identifiers, in the order of the menu.
 *
 * @example
 * ```ts
 * import { fieldServiceActivityIds } from "adobe-support-sla";
 * fieldServiceActivityIds[0] //=> "health-assessment"
 * fieldServiceActivityIds.length //=> 8
 * ```
 * @category Catalog
 */
export const fieldServiceActivityIds = [
  "health-assessment",
  "feature-implementation-and-integration",
  "custom-troubleshooting",
  "aem-cloud-service-adoption-advisory",
  "basic-use-case-development",
  "reporting-and-analysis",
  "maturity-roadmap",
  "desk-side-coaching",
] as const;
/**
 * A field-service activity type.
 *
 * @example
 * ```ts
 * import { type FieldServiceActivityId, fieldServiceActivities } from "adobe-support-sla";
 * const id: FieldServiceActivityId = "reporting-and-analysis";
 * fieldServiceActivities.find((activity) => activity.id === id)?.solutions //=> ["analytics", "audience-manager", "target"]
 * ```
 * @category Catalog
 */
export type FieldServiceActivityId = (typeof fieldServiceActivityIds)[number];

/**
 * One activity type of the field-service menu.
 *
 * @example
 * ```ts
 * import { type FieldServiceActivity, fieldServiceActivities } from "adobe-support-sla";
 * const coaching: FieldServiceActivity = fieldServiceActivities[7];
 * coaching.name //=> "Desk-side coaching"
 * coaching.solutions.includes("marketo-engage") //=> false
 * ```
 * @category Catalog
 */
export interface FieldServiceActivity {
  /** The activity's id. */
  readonly id: FieldServiceActivityId;
  /** Display name. */
  readonly name: string;
  /** The solutions the activity is offered for, as the menu lists them. */
  readonly solutions: readonly SolutionId[];
  /** Our own description. */
  readonly description: string;
}

const all = /* @__PURE__ */ (() => Object.freeze([...solutionIds]))();
const allButMarketo: readonly SolutionId[] = /* @__PURE__ */ (() =>
  Object.freeze(solutionIds.filter((id) => id !== "marketo-engage")))();

const activities: InOrder<typeof fieldServiceActivityIds, FieldServiceActivity> =
  /* @__PURE__ */ (() => [
    Object.freeze({
      id: "health-assessment",
      name: "Health assessment",
      solutions: all,
      description: "A focused check of how sound the implementation of one application is.",
    }),
    Object.freeze({
      id: "feature-implementation-and-integration",
      name: "Feature implementation and integration support",
      solutions: Object.freeze([
        "analytics",
        "audience-manager",
        "target",
        "campaign",
        "experience-manager",
      ] as const),
      description:
        "Basic help setting up and configuring one simple implementation of a solution, or one simple integration.",
    }),
    Object.freeze({
      id: "custom-troubleshooting",
      name: "Solution troubleshooting (custom)",
      solutions: allButMarketo,
      description:
        "Diagnosis of technical problems in custom code or a non-standard configuration, once it is established that the cause is neither a core product bug nor a configuration issue.",
    }),
    Object.freeze({
      id: "aem-cloud-service-adoption-advisory",
      name: "AEM as a Cloud Service adoption advisory",
      solutions: Object.freeze(["experience-manager"] as const),
      description:
        "Advice on whether an upgrade or migration is feasible, on architecture, and on modernising the setup.",
    }),
    Object.freeze({
      id: "basic-use-case-development",
      name: "Basic use-case development and support",
      solutions: all,
      description:
        "Building one small, basic use case (a campaign, a test, a personalisation or a similar activity in one solution) with limited help running it.",
    }),
    Object.freeze({
      id: "reporting-and-analysis",
      name: "Solution reporting and analysis",
      solutions: Object.freeze(["analytics", "audience-manager", "target"] as const),
      description:
        "Look for new reporting and analysis opportunities, and set up one or more basic reports or dashboards.",
    }),
    Object.freeze({
      id: "maturity-roadmap",
      name: "Maturity roadmap",
      solutions: all,
      description: "A roadmap of use cases that keeps maturity and growth moving.",
    }),
    Object.freeze({
      id: "desk-side-coaching",
      name: "Desk-side coaching",
      solutions: allButMarketo,
      description:
        "Hands-on enablement of specific features or best practices in one or more solutions.",
    }),
  ])();

/**
 * The field-service menu: every activity type, in menu order, with the solutions it covers (see
 * also {@link fieldServiceActivitiesFor}, which filters by solution).
 *
 * @example
 * ```ts
 * import { fieldServiceActivities } from "adobe-support-sla";
 * fieldServiceActivities[3].id //=> "aem-cloud-service-adoption-advisory"
 * fieldServiceActivities[3].solutions //=> ["experience-manager"]
 * ```
 * @category Catalog
 */
export const fieldServiceActivities = /* @__PURE__ */ (() => Object.freeze(activities))();

/**
 * Field services add to consulting; they do not replace it (the policy's note, in our words).
 *
 * @example
 * ```ts
 * import { fieldServiceNote } from "adobe-support-sla";
 * fieldServiceNote.startsWith("Field services are not a substitute") //=> true
 * ```
 * @category Catalog
 */
export const fieldServiceNote =
  "Field services are not a substitute for an Adobe consulting engagement: they support the customer's implementation after launch advisory services (LAS) and complement any larger consulting engagement.";
