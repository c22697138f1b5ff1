/** The support add-ons: what each includes, who may buy it and when it helps (pure data, our own wording). */

import type { PlanId } from "../plans.js";

/**
 * Support add-on identifiers, in the order {@link addOnEligibility} answers.
 *
 * @example
 * ```ts
 * import { addOnIds } from "adobe-support-sla";
 * addOnIds //=> ["event-management", "technical-account-director", "advanced-cloud-support"]
 * ```
 * @category Catalog
 */
export const addOnIds = [
  "event-management",
  "technical-account-director",
  "advanced-cloud-support",
] as const;
/**
 * A support add-on: `"event-management"`, `"technical-account-director"` or `"advanced-cloud-support"`.
 *
 * @example
 * ```ts
 * import { type AddOnId, addOnIds, addOns } from "adobe-support-sla";
 * addOnIds //=> ["event-management", "technical-account-director", "advanced-cloud-support"]
 * const id: AddOnId = "advanced-cloud-support";
 * addOns[id].name //=> "Advanced Cloud Support"
 * ```
 * @category Catalog
 */
export type AddOnId = (typeof addOnIds)[number];

/**
 * One part of an add-on: a component, a responsibility or a phase (see {@link AddOn.partsKind}).
 *
 * @example
 * ```ts
 * import { type AddOnPart, addOns } from "adobe-support-sla";
 * const part: AddOnPart | undefined = addOns["event-management"].parts[0];
 * part?.id //=> "planning"
 * part?.name //=> "Event planning"
 * ```
 * @category Catalog
 */
export interface AddOnPart {
  /** The part's id, unique within its add-on. */
  readonly id: string;
  /** Display name. */
  readonly name: string;
  /** Our own one-sentence description. */
  readonly description: string;
}

/**
 * Who may buy an add-on.
 *
 * @example
 * ```ts
 * import { type AddOnEligibilityRule, addOns } from "adobe-support-sla";
 * const rule: AddOnEligibilityRule = addOns["advanced-cloud-support"].eligibility;
 * rule.plans //=> ["expert", "ultimate"]
 * rule.needsAemCloudService //=> true
 * ```
 * @category Catalog
 */
export interface AddOnEligibilityRule {
  /** Plans the add-on is offered with. */
  readonly plans: readonly PlanId[];
  /** Whether the customer must have Experience Manager as a Cloud Service, or be migrating to it. */
  readonly needsAemCloudService: boolean;
  /** The rule in words. */
  readonly text: string;
}

/**
 * One support add-on.
 *
 * @example
 * ```ts
 * import { type AddOn, addOns } from "adobe-support-sla";
 * const director: AddOn = addOns["technical-account-director"];
 * director.partsKind //=> "responsibilities"
 * director.parts.length //=> 6
 * ```
 * @category Catalog
 */
export interface AddOn {
  /** The add-on's id, also its key in {@link addOns}. */
  readonly id: AddOnId;
  /** Display name. */
  readonly name: string;
  /** Our own one-sentence summary. */
  readonly summary: string;
  /** Who may buy it (applied by {@link addOnEligibility}). */
  readonly eligibility: AddOnEligibilityRule;
  /** What `parts` lists: the add-on's components, the role's responsibilities, or the service's phases. */
  readonly partsKind: "components" | "responsibilities" | "phases";
  /** The add-on's parts, of the kind `partsKind` says. */
  readonly parts: readonly AddOnPart[];
  /** Situations where the add-on helps (for Event Management, example events). */
  readonly whenUseful: readonly string[];
}

const bothPlans: readonly PlanId[] = /* @__PURE__ */ (() =>
  Object.freeze(["expert", "ultimate"]))();

const eventManagement: AddOn = /* @__PURE__ */ (() =>
  Object.freeze({
    id: "event-management",
    name: "Event Management",
    summary:
      "Expert help to prepare for, deliver and watch over a critical event that brings heavy traffic.",
    eligibility: Object.freeze({
      plans: bothPlans,
      needsAemCloudService: false,
      text: "Offered with both Expert and Ultimate Support.",
    }),
    partsKind: "components",
    parts: Object.freeze([
      Object.freeze({
        id: "planning",
        name: "Event planning",
        description:
          "Planning and preparation for the event, with guidance and communication along the way.",
      }),
      Object.freeze({
        id: "execution",
        name: "Event execution",
        description:
          "Setting up, implementing, testing, reviewing and auditing what the event needs.",
      }),
      Object.freeze({
        id: "monitoring",
        name: "Event monitoring",
        description:
          "Watching the systems live while the event runs, with a situation room ready to act.",
      }),
    ]),
    whenUseful: Object.freeze([
      "Black Friday and Cyber Monday",
      "A major sporting event, such as the Super Bowl, the Olympic Games or the FIFA World Cup",
      "A special shopping event or a major yearly promotion",
    ]),
  } satisfies AddOn))();

const technicalAccountDirector: AddOn = /* @__PURE__ */ (() =>
  Object.freeze({
    id: "technical-account-director",
    name: "Technical Account Director",
    summary:
      "A senior lead above the Ultimate account team who owns the executive relationship and steers the technical strategy.",
    eligibility: Object.freeze({
      plans: Object.freeze(["ultimate"] as const),
      needsAemCloudService: false,
      text: "Offered with Ultimate Support only.",
    }),
    partsKind: "responsibilities",
    parts: Object.freeze([
      Object.freeze({
        id: "oversight",
        name: "Oversight of engagement and delivery",
        description: "Sits above the engagement and its delivery to keep performance at its best.",
      }),
      Object.freeze({
        id: "executive-relationships",
        name: "Executive relationships",
        description:
          "Looks after the relationship with your executives through reports, reviews and talks about what comes next.",
      }),
      Object.freeze({
        id: "technical-environment",
        name: "Technical environment",
        description:
          "Leads environment reviews, risk reduction and predictive insight so the technical setup keeps getting stronger.",
      }),
      Object.freeze({
        id: "advocacy",
        name: "Alignment and advocacy",
        description:
          "Works with the technical teams, and speaks up for you, so tasks get done and issues get resolved sooner.",
      }),
      Object.freeze({
        id: "business-and-support-planning",
        name: "Business and support planning",
        description:
          "Owns the business and support plan so delivery runs smoothly and you get the most value.",
      }),
      Object.freeze({
        id: "communication-and-coaching",
        name: "Communication and coaching",
        description:
          "Keeps stakeholders on both sides informed and coached on what drives value and on the engagement strategy.",
      }),
    ]),
    whenUseful: Object.freeze([
      "You own several Adobe Experience Cloud applications.",
      "You need support that spans several regions, brands or business units.",
      "Your use of Adobe technology is complex and needs strategic leadership.",
    ]),
  } satisfies AddOn))();

const advancedCloudSupport: AddOn = /* @__PURE__ */ (() =>
  Object.freeze({
    id: "advanced-cloud-support",
    name: "Advanced Cloud Support",
    summary:
      "Senior support and value assurance for Experience Manager as a Cloud Service, to speed the move to the cloud with proactive optimisation, applied best practices and strong enablement.",
    eligibility: Object.freeze({
      plans: bothPlans,
      needsAemCloudService: true,
      text: "For customers who have Experience Manager as a Cloud Service or are migrating to it, on either plan.",
    }),
    partsKind: "phases",
    parts: Object.freeze([
      Object.freeze({
        id: "implementation",
        name: "Implementation",
        description:
          "Scheduled check-in calls: a set agenda, a monthly call, and calls before the migration goes live.",
      }),
      Object.freeze({
        id: "engagement",
        name: "Engagement",
        description: "Kickoff, onboarding and best-practice testing.",
      }),
      Object.freeze({
        id: "go-live",
        name: "Go-live",
        description:
          "Support for the launch event, monitoring of domains and hand-over to production.",
      }),
      Object.freeze({
        id: "run-and-operate",
        name: "Run and operate",
        description:
          "Proactive optimisation tailored to you, with insight and reports on the solution.",
      }),
    ]),
    whenUseful: Object.freeze([
      "You have Experience Manager as a Cloud Service.",
      "You are migrating to Experience Manager as a Cloud Service.",
      "You face tight deadlines or complex use cases on Experience Manager as a Cloud Service.",
    ]),
  } satisfies AddOn))();

/**
 * The support add-ons by id: what they are, who may buy them and what they include.
 *
 * @example
 * ```ts
 * import { addOns } from "adobe-support-sla";
 * addOns["technical-account-director"].eligibility.plans //=> ["ultimate"]
 * addOns["event-management"].parts.map((part) => part.id) //=> ["planning", "execution", "monitoring"]
 * ```
 * @category Catalog
 */
export const addOns: Readonly<Record<AddOnId, AddOn>> = /* @__PURE__ */ (() =>
  Object.freeze({
    "event-management": eventManagement,
    "technical-account-director": technicalAccountDirector,
    "advanced-cloud-support": advancedCloudSupport,
  } satisfies Record<AddOnId, AddOn>))();
