/** `addOnEligibility`: which add-ons a plan and its products may buy, each with a reason. */

import * as z from "zod/mini";
import { type PlanId, planIds, plans } from "../data/plans.js";
import { type AddOn, type AddOnId, addOnIds, addOns, type SolutionId } from "../data/services.js";
import { SlaInputError } from "../errors.js";
import { inputLimits } from "../limits.js";
import { once } from "../memo.js";
import { expectedTrueOrFalse } from "../messages.js";
import { joinField, parseInput } from "../validation.js";
import { planSchema, solutionSchema } from "./services.js";

const flagSchema = /* @__PURE__ */ once(() => z.boolean({ error: expectedTrueOrFalse }));

/**
 * Input of {@link addOnEligibility}.
 *
 * @example
 * ```ts
 * import { addOnEligibility, type AddOnEligibilityInput } from "adobe-support-sla";
 * const input: AddOnEligibilityInput = {
 *   plan: "ultimate",
 *   products: ["experience-manager"],
 *   aemCloudService: true,
 * };
 * addOnEligibility(input).map((answer) => answer.eligible) //=> [true, true, true]
 * ```
 * @category Types
 */
export interface AddOnEligibilityInput {
  /** Support plan. */
  readonly plan: PlanId;
  /**
   * The customer's solutions. Listing `"experience-manager"` alone does not make the customer
   * eligible for Advanced Cloud Support (Experience Manager may run on premises or as a managed
   * service); it only changes the explanation.
   * @default []
   */
  readonly products?: readonly SolutionId[] | undefined;
  /**
   * The customer has Experience Manager as a Cloud Service. When `products` is also given, it
   * must list `"experience-manager"`.
   * @default false
   */
  readonly aemCloudService?: boolean | undefined;
  /**
   * The customer is migrating to Experience Manager as a Cloud Service (from any platform).
   * @default false
   */
  readonly migratingToAemCloudService?: boolean | undefined;
}

/**
 * Why an add-on is or is not open to the customer.
 *
 * @example
 * ```ts
 * import { type AddOnReasonCode, addOnEligibility } from "adobe-support-sla";
 * const codes: AddOnReasonCode[] = addOnEligibility({ plan: "expert" }).map((answer) => answer.reason.code);
 * codes //=> ["offered-with-plan", "plan-not-covered", "no-aem-cloud-service"]
 * ```
 * @category Types
 */
export type AddOnReasonCode =
  /** Offered with the customer's plan, with no other condition. */
  | "offered-with-plan"
  /** Not offered with the customer's plan. */
  | "plan-not-covered"
  /** Needs Experience Manager as a Cloud Service, which the customer has. */
  | "has-aem-cloud-service"
  /** Needs Experience Manager as a Cloud Service, to which the customer is migrating. */
  | "migrating-to-aem-cloud-service"
  /** Needs Experience Manager as a Cloud Service, or a migration to it; neither applies. */
  | "no-aem-cloud-service";

/**
 * One add-on's answer from {@link addOnEligibility}.
 *
 * @example
 * ```ts
 * import { type AddOnEligibility, addOnEligibility } from "adobe-support-sla";
 * const answer: AddOnEligibility | undefined = addOnEligibility({ plan: "expert" })[0];
 * answer?.addOn //=> "event-management"
 * answer?.reason.text //=> "Event Management is offered with every plan; the customer has Expert Support"
 * ```
 * @category Types
 */
export interface AddOnEligibility {
  /** The add-on this answer is about. */
  readonly addOn: AddOnId;
  /** Whether the customer may buy it. */
  readonly eligible: boolean;
  /** Why, as a stable code and our own readable text. */
  readonly reason: {
    /** Stable reason code. */
    readonly code: AddOnReasonCode;
    /** Readable sentence naming the add-on, the rule and the customer's plan. */
    readonly text: string;
  };
}

/** {@link addOnEligibilityInputSchema}, built on first use (what {@link addOnEligibility} parses with). */
const inputSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    plan: planSchema(),
    products: z.optional(
      z.array(solutionSchema(), { error: "expected an array of solution ids" }).check(
        z.maxLength(inputLimits.products, {
          error: `has too many entries; at most ${inputLimits.products}`,
        }),
      ),
    ),
    aemCloudService: z.optional(flagSchema()),
    migratingToAemCloudService: z.optional(flagSchema()),
  }),
);

/**
 * Zod schema of {@link AddOnEligibilityInput} (shape only: the `products` and `aemCloudService`
 * conflict is checked by {@link addOnEligibility}).
 *
 * @example
 * ```ts
 * import { addOnEligibilityInputSchema } from "adobe-support-sla";
 * addOnEligibilityInputSchema.safeParse({ plan: "expert", products: ["target"] }).success //=> true
 * addOnEligibilityInputSchema.safeParse({ plan: "premium" }).success //=> false
 * ```
 * @category Rules
 */
export const addOnEligibilityInputSchema = /* @__PURE__ */ inputSchema();

type ParsedEligibilityInput = z.output<typeof addOnEligibilityInputSchema>;

function planList(ids: readonly PlanId[]): string {
  return ids.length === planIds.length
    ? "every plan"
    : `${ids.map((id) => plans[id].name).join(" and ")} only`;
}

function judge(addOn: AddOn, input: ParsedEligibilityInput): AddOnEligibility {
  const rule = addOn.eligibility;
  const planName = plans[input.plan].name;
  const answer = (eligible: boolean, code: AddOnReasonCode, text: string): AddOnEligibility =>
    Object.freeze({ addOn: addOn.id, eligible, reason: Object.freeze({ code, text }) });

  const offered = `${addOn.name} is offered with ${planList(rule.plans)}; the customer has ${planName}`;
  if (!rule.plans.includes(input.plan)) return answer(false, "plan-not-covered", offered);
  if (!rule.needsAemCloudService) return answer(true, "offered-with-plan", offered);
  const needs = `${addOn.name} is for customers who have Experience Manager as a Cloud Service or are migrating to it`;
  if (input.aemCloudService === true) {
    return answer(
      true,
      "has-aem-cloud-service",
      `${needs}; the customer has it (\`aemCloudService\`)`,
    );
  }
  if (input.migratingToAemCloudService === true) {
    return answer(
      true,
      "migrating-to-aem-cloud-service",
      `${needs}; the customer is migrating to it (\`migratingToAemCloudService\`)`,
    );
  }
  const listed = input.products?.includes("experience-manager") === true;
  return answer(
    false,
    "no-aem-cloud-service",
    listed
      ? `${needs}; \`products\` lists Experience Manager, but neither \`aemCloudService\` nor \`migratingToAemCloudService\` is true`
      : `${needs}; neither \`aemCloudService\` nor \`migratingToAemCloudService\` is true`,
  );
}

/**
 * Which support add-ons a customer may buy, one answer per add-on (in {@link addOnIds} order)
 * with a reason code and text.
 *
 * Rules: Event Management is offered with both plans; Technical Account Director with Ultimate
 * only; Advanced Cloud Support needs Experience Manager as a Cloud Service (`aemCloudService`)
 * or a migration to it (`migratingToAemCloudService`), on either plan.
 *
 * Gotcha: `products: ["experience-manager"]` is not enough for Advanced Cloud Support, because
 * Experience Manager is not always a Cloud Service; say so with one of the two flags.
 *
 * @param input - The plan and what the customer runs.
 * @returns One frozen answer per add-on.
 * @throws {@link SlaInputError} For an unknown plan or solution (with "did you mean"), an unknown
 * key, a flag that is not a boolean, or `aemCloudService: true` with a `products` list that lacks
 * `"experience-manager"` (code `conflicting_options`).
 * @example
 * ```ts
 * import { addOnEligibility } from "adobe-support-sla";
 * const answers = addOnEligibility({ plan: "expert", migratingToAemCloudService: true });
 * answers.map((a) => a.eligible) //=> [true, false, true]
 * answers[1]?.reason.code //=> "plan-not-covered"
 * answers[2]?.reason.code //=> "migrating-to-aem-cloud-service"
 * answers[1]?.reason.text //=> "Technical Account Director is offered with Ultimate Support only; the customer has Expert Support"
 * ```
 * @category Rules
 */
export function addOnEligibility(input: AddOnEligibilityInput): readonly AddOnEligibility[] {
  const parsed = parseInput(inputSchema(), input);
  if (
    parsed.aemCloudService === true &&
    parsed.products !== undefined &&
    !parsed.products.includes("experience-manager")
  ) {
    throw new SlaInputError([
      {
        path: ["aemCloudService"],
        code: "conflicting_options",
        message: joinField(
          ["aemCloudService"],
          'is true but `products` does not list "experience-manager": add it, or leave `products` out',
        ),
      },
    ]);
  }
  return Object.freeze(addOnIds.map((id) => judge(addOns[id], parsed)));
}
