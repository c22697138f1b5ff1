/** The four priorities: impact level, short definitions (English and French) and the customer-engagement rules (pure data). */

/**
 * Priority identifiers, highest first.
 *
 * @example
 * ```ts
 * import { priorities } from "adobe-support-sla";
 * priorities //=> ["P1", "P2", "P3", "P4"]
 * ```
 * @category Catalog
 */
export const priorities = ["P1", "P2", "P3", "P4"] as const;
/**
 * A request priority: `"P1"` (critical) to `"P4"` (no impact).
 *
 * @example
 * ```ts
 * import { type Priority, priorities, priorityLevels } from "adobe-support-sla";
 * priorities //=> ["P1", "P2", "P3", "P4"]
 * const priority: Priority = "P2";
 * priorityLevels[priority].impact //=> "major"
 * ```
 * @category Catalog
 */
export type Priority = (typeof priorities)[number];

/**
 * Business impact of a priority.
 *
 * @example
 * ```ts
 * import { type Impact, priorityLevels } from "adobe-support-sla";
 * const impact: Impact = priorityLevels.P4.impact;
 * impact //=> "none"
 * ```
 * @category Catalog
 */
export type Impact = "critical" | "major" | "minimal" | "none";

/**
 * What the policy asks of each side while a request of this priority is open.
 *
 * @example
 * ```ts
 * import { type EngagementRule, priorityLevels } from "adobe-support-sla";
 * const p1: EngagementRule = priorityLevels.P1.engagement;
 * p1.customerContinuous24x7 //=> true
 * p1.mayBeDowngraded //=> true
 * ```
 * @category Catalog
 */
export interface EngagementRule {
  /** When Adobe contacts the Named Support Contacts. */
  readonly adobeContacts: "any-time" | "business-hours";
  /** Whether the customer commits to continuous 24x7 engagement until mitigation. */
  readonly customerContinuous24x7: boolean;
  /** Whether Adobe may lower the priority when it cannot get critical information from the Named Support Contacts. */
  readonly mayBeDowngraded: boolean;
  /** Our own summary, in English. */
  readonly summary: string;
}

/**
 * One priority level.
 *
 * @example
 * ```ts
 * import { type PriorityLevel, priorityLevels } from "adobe-support-sla";
 * const p3: PriorityLevel = priorityLevels.P3;
 * p3.impact //=> "minimal"
 * p3.definition.en //=> "Minimal impact: minor degradation, with a workaround that keeps the business running normally."
 * ```
 * @category Catalog
 */
export interface PriorityLevel {
  /** The priority, also its key in {@link priorityLevels}. */
  readonly id: Priority;
  /** Business impact of the priority. */
  readonly impact: Impact;
  /** Our own short definition (paraphrase of the policy), by language. */
  readonly definition: {
    /** In English. */
    readonly en: string;
    /** In French. */
    readonly fr: string;
  };
  /** What the policy asks of Adobe and of the customer while such a request is open. */
  readonly engagement: EngagementRule;
}

/**
 * Priority definitions and engagement rules, by priority.
 *
 * @example
 * ```ts
 * import { priorityLevels } from "adobe-support-sla";
 * priorityLevels.P1.impact //=> "critical"
 * priorityLevels.P1.engagement.adobeContacts //=> "any-time"
 * priorityLevels.P3.engagement.mayBeDowngraded //=> false
 * ```
 * @category Catalog
 */
export const priorityLevels: Readonly<Record<Priority, PriorityLevel>> = /* @__PURE__ */ (() =>
  Object.freeze({
    P1: Object.freeze({
      id: "P1",
      impact: "critical",
      definition: Object.freeze({
        en: "Critical impact: production is down, or data is being lost or service badly degraded; needs attention now.",
        fr: "Impact critique : la production est arrêtée, ou des données se perdent, ou le service est fortement dégradé ; à traiter tout de suite.",
      }),
      engagement: Object.freeze({
        adobeContacts: "any-time",
        customerContinuous24x7: true,
        mayBeDowngraded: true,
        summary:
          "The customer stays engaged around the clock until the issue is mitigated; if Adobe cannot get critical information from the Named Support Contacts, it may lower the priority.",
      }),
    }),
    P2: Object.freeze({
      id: "P2",
      impact: "major",
      definition: Object.freeze({
        en: "Major impact: service is seriously degraded, data may be lost, or a major feature is affected.",
        fr: "Impact majeur : le service est nettement dégradé, des données risquent d'être perdues, ou une fonction importante est touchée.",
      }),
      engagement: Object.freeze({
        adobeContacts: "business-hours",
        customerContinuous24x7: false,
        mayBeDowngraded: true,
        summary:
          "Adobe contacts the Named Support Contacts during business hours only; if it cannot get critical information from them, it may lower the priority.",
      }),
    }),
    P3: Object.freeze({
      id: "P3",
      impact: "minimal",
      definition: Object.freeze({
        en: "Minimal impact: minor degradation, with a workaround that keeps the business running normally.",
        fr: "Impact faible : dégradation mineure, avec un contournement qui laisse l'activité continuer normalement.",
      }),
      engagement: Object.freeze({
        adobeContacts: "business-hours",
        customerContinuous24x7: false,
        mayBeDowngraded: false,
        summary: "Adobe contacts the Named Support Contacts during business hours only.",
      }),
    }),
    P4: Object.freeze({
      id: "P4",
      impact: "none",
      definition: Object.freeze({
        en: "No business impact: a general question about how the product works today, or a request for an enhancement.",
        fr: "Aucun impact : question générale sur le fonctionnement actuel du produit, ou demande d'amélioration.",
      }),
      engagement: Object.freeze({
        adobeContacts: "business-hours",
        customerContinuous24x7: false,
        mayBeDowngraded: false,
        summary: "Adobe contacts the Named Support Contacts during business hours only.",
      }),
    }),
  } satisfies Record<Priority, PriorityLevel>))();
