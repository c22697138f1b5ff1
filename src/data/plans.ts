/** Support plans, their targeted initial-response tables and the Adobe Commerce on Managed Services rule (pure data). */

import type { Priority } from "./priorities.js";

/**
 * Plan identifiers.
 *
 * @example
 * ```ts
 * import { planIds } from "adobe-support-sla";
 * planIds //=> ["expert", "ultimate"]
 * ```
 * @category Catalog
 */
export const planIds = ["expert", "ultimate"] as const;
/**
 * A support plan: `"expert"` or `"ultimate"`.
 *
 * @example
 * ```ts
 * import { type PlanId, planIds, plans } from "adobe-support-sla";
 * planIds //=> ["expert", "ultimate"]
 * const plan: PlanId = "ultimate";
 * plans[plan].name //=> "Ultimate Support"
 * ```
 * @category Catalog
 */
export type PlanId = (typeof planIds)[number];

/**
 * Target table identifiers: one per plan, plus the Commerce Managed Services table.
 *
 * @example
 * ```ts
 * import { targetTableIds } from "adobe-support-sla";
 * targetTableIds //=> ["expert", "ultimate", "commerce-managed-services"]
 * ```
 * @category Catalog
 */
export const targetTableIds = ["expert", "ultimate", "commerce-managed-services"] as const;
/**
 * A target table: `"expert"`, `"ultimate"` or `"commerce-managed-services"`.
 *
 * @example
 * ```ts
 * import { type TargetTableId, targetTables } from "adobe-support-sla";
 * const id: TargetTableId = "commerce-managed-services";
 * targetTables[id].targets.P1 //=> { clock: "24x7", amount: 30, unit: "minutes" }
 * ```
 * @category Catalog
 */
export type TargetTableId = (typeof targetTableIds)[number];

/**
 * A targeted initial-response time. `clock: "24x7"` counts absolute elapsed time;
 * `clock: "business"` counts time inside the region's business hours; `unit: "business-day"`
 * is one business day (see `businessDay` in {@link responseDeadline}).
 *
 * @example
 * ```ts
 * import { type ResponseTarget, targetTables } from "adobe-support-sla";
 * const p3: ResponseTarget = targetTables.ultimate.targets.P3;
 * p3 //=> { clock: "business", amount: 1, unit: "hours" }
 * ```
 * @category Catalog
 */
export type ResponseTarget =
  | {
      /** Absolute elapsed time, nights, weekends and holidays included. */
      readonly clock: "24x7";
      /** How many `unit`s. */
      readonly amount: number;
      /** The unit of `amount`. */
      readonly unit: "minutes" | "hours";
    }
  | {
      /** Time inside the region's business hours only. */
      readonly clock: "business";
      /** How many `unit`s. */
      readonly amount: number;
      /** The unit of `amount`. */
      readonly unit: "minutes" | "hours";
    }
  | {
      /** Time inside the region's business hours only. */
      readonly clock: "business";
      /** Always one business day. */
      readonly amount: 1;
      /** One business day, read as {@link SupportCase.businessDay} says. */
      readonly unit: "business-day";
    };

/**
 * One table of targets, a target for every priority (a missing priority fails to compile).
 *
 * @example
 * ```ts
 * import { type TargetTable, targetTables } from "adobe-support-sla";
 * const table: TargetTable = targetTables["commerce-managed-services"];
 * table.name //=> "Adobe Commerce on Managed Services (term starting on or after 2021-09-20)"
 * table.targets.P2 //=> { clock: "business", amount: 1, unit: "hours" }
 * ```
 * @category Catalog
 */
export interface TargetTable {
  /** The table's id, also its key in {@link targetTables}. */
  readonly id: TargetTableId;
  /** Display name, as explanations show it. */
  readonly name: string;
  /** The target of each priority. */
  readonly targets: Readonly<Record<Priority, ResponseTarget>>;
}

/**
 * One support plan.
 *
 * @example
 * ```ts
 * import { type Plan, plans } from "adobe-support-sla";
 * const expert: Plan = plans.expert;
 * expert.name //=> "Expert Support"
 * ```
 * @category Catalog
 */
export interface Plan {
  /** The plan's id, also its key in {@link plans}. */
  readonly id: PlanId;
  /** Display name: `"Expert Support"` or `"Ultimate Support"`. */
  readonly name: string;
  /** Our own one-line description. */
  readonly summary: string;
  /** Wording of the hours the business targets run in, as the policy phrases it (our paraphrase). */
  readonly hoursWording: string;
}

/**
 * The support plans by id, with names and descriptions.
 *
 * @example
 * ```ts
 * import { plans } from "adobe-support-sla";
 * plans.ultimate.name //=> "Ultimate Support"
 * plans.expert.hoursWording //=> "Adobe's normal business hours"
 * ```
 * @category Catalog
 */
export const plans: Readonly<Record<PlanId, Plan>> = /* @__PURE__ */ (() =>
  Object.freeze({
    expert: Object.freeze({
      id: "expert",
      name: "Expert Support",
      summary:
        "Included with every Experience Cloud licence: 24x7 expert help for critical issues, plus self-service resources.",
      hoursWording: "Adobe's normal business hours",
    }),
    ultimate: Object.freeze({
      id: "ultimate",
      name: "Ultimate Support",
      summary:
        "High-touch support with designated experts, proactive guidance and faster response targets.",
      hoursWording: "Adobe's regional business hours",
    }),
  } satisfies Record<PlanId, Plan>))();

const minutes = (clock: "24x7" | "business", amount: number): ResponseTarget =>
  Object.freeze({ clock, amount, unit: "minutes" });
const hours = (clock: "24x7" | "business", amount: number): ResponseTarget =>
  Object.freeze({ clock, amount, unit: "hours" });
const oneBusinessDay: ResponseTarget = /* @__PURE__ */ (() =>
  Object.freeze({
    clock: "business",
    amount: 1,
    unit: "business-day",
  }))();

/**
 * Targeted initial-response times per table and priority.
 *
 * @example
 * ```ts
 * import { targetTables } from "adobe-support-sla";
 * targetTables.ultimate.targets.P1 //=> { clock: "24x7", amount: 15, unit: "minutes" }
 * targetTables.expert.targets.P2 //=> { clock: "business", amount: 2, unit: "hours" }
 * targetTables.expert.targets.P4 //=> { clock: "business", amount: 1, unit: "business-day" }
 * ```
 * @category Catalog
 */
export const targetTables: Readonly<Record<TargetTableId, TargetTable>> = /* @__PURE__ */ (() =>
  Object.freeze({
    expert: Object.freeze({
      id: "expert",
      name: "Expert Support",
      targets: Object.freeze({
        P1: hours("24x7", 1),
        P2: hours("business", 2),
        P3: hours("business", 4),
        P4: oneBusinessDay,
      }),
    }),
    ultimate: Object.freeze({
      id: "ultimate",
      name: "Ultimate Support",
      targets: Object.freeze({
        P1: minutes("24x7", 15),
        P2: minutes("business", 30),
        P3: hours("business", 1),
        P4: oneBusinessDay,
      }),
    }),
    "commerce-managed-services": Object.freeze({
      id: "commerce-managed-services",
      name: "Adobe Commerce on Managed Services (term starting on or after 2021-09-20)",
      targets: Object.freeze({
        P1: minutes("24x7", 30),
        P2: hours("business", 1),
        P3: hours("business", 2),
        P4: oneBusinessDay,
      }),
    }),
  } satisfies Record<TargetTableId, TargetTable>))();

/**
 * The Adobe Commerce on Managed Services rule: requests about that product, under a licence
 * term (new or renewed) starting on or after `termStartOnOrAfter`, use the Commerce table
 * instead of the plan's. Other products of the same customer keep the plan's table.
 *
 * @example
 * ```ts
 * import { commerceRule } from "adobe-support-sla";
 * commerceRule.product //=> "commerce-managed-services"
 * commerceRule.termStartOnOrAfter //=> "2021-09-20"
 * ```
 * @category Catalog
 */
export const commerceRule = /* @__PURE__ */ (() =>
  Object.freeze({
    /** The `product` value of {@link responseDeadline} that the rule applies to. */
    product: "commerce-managed-services",
    /** The product's former name. */
    formerName: "Magento Commerce Pro",
    /** First licence term start (`YYYY-MM-DD`, inclusive) that uses the Commerce table. */
    termStartOnOrAfter: "2021-09-20",
    /** The table used instead of the plan's. */
    table: "commerce-managed-services",
  } as const))();
