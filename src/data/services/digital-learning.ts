/** Adobe Digital Learning Services, the learning subscription that enhances Ultimate Support (pure data, our own wording). */

import type { PlanId } from "../plans.js";

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
 * @category Catalog
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
 * @category Catalog
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
