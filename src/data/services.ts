/** Plan features, support add-ons, digital learning, launch advisory phases and the field-service menu (pure data, our own wording). */

import type { PlanId } from "./plans.js";

/**
 * A tuple with one `T` per id of `Ids`, in the same order, each carrying its id: a list that
 * misses, adds or reorders an entry fails to compile.
 */
type InOrder<Ids extends readonly string[], T> = {
  readonly [I in keyof Ids]: T & {
    /** The entry's id, at the same position as in the id list. */
    readonly id: Ids[I];
  };
};

// ---------------------------------------------------------------------------------------------
// Plan features

/**
 * Feature identifiers of Expert Support, in the order the policy lists them.
 *
 * @example
 * ```ts
 * import { expertFeatureIds } from "adobe-support-sla";
 * expertFeatureIds[0] //=> "online-support"
 * expertFeatureIds.length //=> 6
 * ```
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
 */
export const planFeatures: Readonly<Record<PlanId, readonly Feature[]>> = /* @__PURE__ */ (() =>
  Object.freeze({
    expert: Object.freeze(expertFeatures),
    ultimate: Object.freeze(ultimateFeatures),
  } satisfies Record<PlanId, readonly Feature[]>))();

// ---------------------------------------------------------------------------------------------
// Add-ons

/**
 * Support add-on identifiers, in the order {@link addOnEligibility} answers.
 *
 * @example
 * ```ts
 * import { addOnIds } from "adobe-support-sla";
 * addOnIds //=> ["event-management", "technical-account-director", "advanced-cloud-support"]
 * ```
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

/**
 * The support add-ons by id: what they are, who may buy them and what they include.
 *
 * @example
 * ```ts
 * import { addOns } from "adobe-support-sla";
 * addOns["technical-account-director"].eligibility.plans //=> ["ultimate"]
 * addOns["event-management"].parts.map((part) => part.id) //=> ["planning", "execution", "monitoring"]
 * ```
 */
export const addOns: Readonly<Record<AddOnId, AddOn>> = /* @__PURE__ */ (() =>
  Object.freeze({
    "event-management": Object.freeze({
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
    }),
    "technical-account-director": Object.freeze({
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
          description:
            "Sits above the engagement and its delivery to keep performance at its best.",
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
    }),
    "advanced-cloud-support": Object.freeze({
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
    }),
  } satisfies Record<AddOnId, AddOn>))();

// ---------------------------------------------------------------------------------------------
// Digital learning

/**
 * Adobe's digital learning subscription, described as an enhancement of Ultimate Support.
 *
 * @example
 * ```ts
 * import { type DigitalLearning, digitalLearning } from "adobe-support-sla";
 * const subscription: DigitalLearning = digitalLearning;
 * subscription.name //=> "Adobe Digital Learning Services"
 * subscription.benefits[0]?.name //=> "A skilled Adobe workforce"
 * ```
 */
export interface DigitalLearning {
  /** Always `"digital-learning"`. */
  readonly id: "digital-learning";
  /** Display name. */
  readonly name: string;
  /** The plan the policy says the subscription enhances. */
  readonly enhances: PlanId;
  /** Our own one-sentence summary. */
  readonly summary: string;
  /** The benefits the policy lists, in our own words. */
  readonly benefits: readonly {
    /** Short name of the benefit. */
    readonly name: string;
    /** One sentence about it. */
    readonly description: string;
  }[];
}

/**
 * Adobe Digital Learning Services: a learning subscription that enhances Ultimate Support.
 *
 * @example
 * ```ts
 * import { digitalLearning } from "adobe-support-sla";
 * digitalLearning.enhances //=> "ultimate"
 * digitalLearning.benefits.length //=> 3
 * ```
 */
export const digitalLearning: DigitalLearning = /* @__PURE__ */ (() =>
  Object.freeze({
    id: "digital-learning",
    name: "Adobe Digital Learning Services",
    enhances: "ultimate",
    summary: "A learning subscription that adds to Ultimate Support.",
    benefits: Object.freeze([
      Object.freeze({
        name: "A skilled Adobe workforce",
        description: "Learning paths shaped for each person and each team.",
      }),
      Object.freeze({
        name: "Performance and return on investment",
        description: "Skills built quickly, and product and solution knowledge kept up to date.",
      }),
      Object.freeze({
        name: "Business goals reached",
        description:
          "A learning strategy from start to finish that moves digital maturity from adoption to optimisation.",
      }),
    ]),
  } satisfies DigitalLearning))();

// ---------------------------------------------------------------------------------------------
// Launch advisory

/**
 * Launch advisory phase identifiers, in order.
 *
 * @example
 * ```ts
 * import { launchAdvisoryPhaseIds } from "adobe-support-sla";
 * launchAdvisoryPhaseIds //=> ["kickoff", "define", "design", "go-live", "post-launch"]
 * ```
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
 */
export const launchAdvisoryPhases = /* @__PURE__ */ (() => Object.freeze(phases))();

// ---------------------------------------------------------------------------------------------
// Solutions and the field-service menu

/**
 * Experience Cloud solutions named by the field-service menu.
 *
 * @example
 * ```ts
 * import { solutionIds } from "adobe-support-sla";
 * solutionIds //=> ["analytics", "audience-manager", "target", "campaign", "experience-manager", "commerce", "marketo-engage"]
 * ```
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
  Object.freeze([
    "analytics",
    "audience-manager",
    "target",
    "campaign",
    "experience-manager",
    "commerce",
  ]))();

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
 */
export const fieldServiceNote =
  "Field services are not a substitute for an Adobe consulting engagement: they support the customer's implementation after launch advisory services (LAS) and complement any larger consulting engagement.";
