import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { planIds } from "../../src/data/plans.js";
import {
  addOnIds,
  addOns,
  digitalLearning,
  expertFeatureIds,
  type FieldServiceActivityId,
  fieldServiceActivities,
  fieldServiceActivityIds,
  fieldServiceNote,
  launchAdvisoryPhaseIds,
  launchAdvisoryPhases,
  planFeatures,
  type SolutionId,
  solutionIds,
  solutions,
  ultimateFeatureIds,
} from "../../src/data/services.js";
import {
  addOnEligibility,
  addOnEligibilityInputSchema,
} from "../../src/rules/add-on-eligibility.js";
import {
  fieldServiceActivitiesFor,
  launchAdvisoryDeliverables,
  planFeaturesFor,
} from "../../src/rules/services.js";
import { inputError } from "../input/helpers.js";

// ---------------------------------------------------------------------------------------------
// Helpers

function isDeepFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (value === null || typeof value !== "object" || seen.has(value)) return true;
  seen.add(value);
  if (!Object.isFrozen(value)) return false;
  return Object.values(value).every((child) => isDeepFrozen(child, seen));
}

// ---------------------------------------------------------------------------------------------
// The data modules' shape

const text = z.string().check(z.regex(/\S/), z.minLength(3));
const item = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: text,
  description: text,
});

const featureSchema = z.extend(item, { id: z.enum([...expertFeatureIds, ...ultimateFeatureIds]) });
const addOnSchema = z.strictObject({
  id: z.enum(addOnIds),
  name: text,
  summary: text,
  eligibility: z.strictObject({
    plans: z.array(z.enum(planIds)).check(z.minLength(1)),
    needsAemCloudService: z.boolean(),
    text,
  }),
  partsKind: z.enum(["components", "responsibilities", "phases"]),
  parts: z.array(item).check(z.minLength(1)),
  whenUseful: z.array(text).check(z.minLength(1)),
});
const digitalLearningSchema = z.strictObject({
  id: z.literal("digital-learning"),
  name: text,
  enhances: z.literal("ultimate"),
  summary: text,
  benefits: z.array(z.strictObject({ name: text, description: text })).check(z.length(3)),
});
const phaseSchema = z.strictObject({
  id: z.enum(launchAdvisoryPhaseIds),
  order: z.int().check(z.minimum(1), z.maximum(5)),
  name: text,
  activities: z.array(text).check(z.minLength(1)),
  deliverables: z.array(text),
});
const solutionSchema = z.strictObject({ id: z.enum(solutionIds), name: text });
const activitySchema = z.extend(item, {
  id: z.enum(fieldServiceActivityIds),
  solutions: z.array(z.enum(solutionIds)).check(z.minLength(1)),
});

describe("services catalog data", () => {
  it("plan features have the documented shape, unique ids and are frozen", () => {
    for (const plan of planIds) {
      const list = planFeatures[plan];
      z.array(featureSchema).check(z.minLength(1)).parse(list);
      expect(new Set(list.map((f) => f.id)).size).toBe(list.length);
    }
    expect(planFeatures.expert.map((f) => f.id)).toEqual([...expertFeatureIds]);
    expect(planFeatures.ultimate.map((f) => f.id)).toEqual([...ultimateFeatureIds]);
    expect(isDeepFrozen(planFeatures)).toBe(true);
  });

  it("add-ons have the documented shape and are frozen", () => {
    z.strictObject({
      "event-management": addOnSchema,
      "technical-account-director": addOnSchema,
      "advanced-cloud-support": addOnSchema,
    }).parse(addOns);
    for (const id of addOnIds) expect(addOns[id].id).toBe(id);
    expect(addOns["event-management"].parts.map((p) => p.id)).toEqual([
      "planning",
      "execution",
      "monitoring",
    ]);
    expect(addOns["technical-account-director"].parts).toHaveLength(6);
    expect(addOns["advanced-cloud-support"].parts.map((p) => p.id)).toEqual([
      "implementation",
      "engagement",
      "go-live",
      "run-and-operate",
    ]);
    expect(addOns["event-management"].whenUseful.join(" ")).toMatch(/Black Friday/);
    expect(isDeepFrozen(addOns)).toBe(true);
  });

  it("digital learning enhances Ultimate and is frozen", () => {
    digitalLearningSchema.parse(digitalLearning);
    expect(isDeepFrozen(digitalLearning)).toBe(true);
  });

  it("launch advisory phases have the documented shape and are frozen", () => {
    z.array(phaseSchema).check(z.length(5)).parse(launchAdvisoryPhases);
    expect(isDeepFrozen(launchAdvisoryPhases)).toBe(true);
  });

  it("solutions and field-service activities have the documented shape and are frozen", () => {
    z.strictObject(Object.fromEntries(solutionIds.map((id) => [id, solutionSchema]))).parse(
      solutions,
    );
    for (const id of solutionIds) expect(solutions[id].id).toBe(id);
    z.array(activitySchema).check(z.length(8)).parse(fieldServiceActivities);
    expect(fieldServiceActivities.map((a) => a.id)).toEqual([...fieldServiceActivityIds]);
    expect(isDeepFrozen(solutions)).toBe(true);
    expect(isDeepFrozen(fieldServiceActivities)).toBe(true);
  });

  it("field services complement consulting and do not replace it", () => {
    expect(fieldServiceNote).toMatch(/not a substitute for an Adobe consulting engagement/);
  });
});

// ---------------------------------------------------------------------------------------------
// Plan features

describe("planFeaturesFor", () => {
  it("Expert has 24x7 online support, phone by priority and event planning as an optional add-on", () => {
    const ids = planFeaturesFor("expert").map((f) => f.id);
    expect(ids).toEqual([
      "online-support",
      "phone-support",
      "guided-learning",
      "pooled-team-and-swarming",
      "unlimited-requests",
      "event-planning",
    ]);
    const phone = planFeaturesFor("expert").find((f) => f.id === "phone-support");
    expect(phone?.description).toMatch(/24x7 for P1.*P2, P3 and P4.*business hours/);
  });

  it("Ultimate has a designated team, launch advisory and root-cause analysis for P1 and P2", () => {
    const features = planFeaturesFor("ultimate");
    expect(features.map((f) => f.id)).toContain("launch-advisory");
    expect(features.map((f) => f.id)).toContain("designated-account-team");
    expect(features.find((f) => f.id === "uptime-optimisation")?.description).toMatch(
      /root-cause analysis of P1 and P2/,
    );
    expect(features).toBe(planFeatures.ultimate);
    expect(Object.isFrozen(features)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Add-on eligibility

const answerFor = (
  input: Parameters<typeof addOnEligibility>[0],
  addOn: (typeof addOnIds)[number],
) => {
  const found = addOnEligibility(input).find((a) => a.addOn === addOn);
  if (!found) throw new Error(`no answer for ${addOn}`);
  return found;
};

describe("addOnEligibility", () => {
  it("answers for every add-on, in order, frozen", () => {
    const answers = addOnEligibility({ plan: "expert" });
    expect(answers.map((a) => a.addOn)).toEqual([...addOnIds]);
    expect(isDeepFrozen(answers)).toBe(true);
  });

  it("Technical Account Director is only for Ultimate", () => {
    expect(answerFor({ plan: "ultimate" }, "technical-account-director")).toEqual({
      addOn: "technical-account-director",
      eligible: true,
      reason: {
        code: "offered-with-plan",
        text: "Technical Account Director is offered with Ultimate Support only; the customer has Ultimate Support",
      },
    });
    expect(answerFor({ plan: "expert" }, "technical-account-director")).toEqual({
      addOn: "technical-account-director",
      eligible: false,
      reason: {
        code: "plan-not-covered",
        text: "Technical Account Director is offered with Ultimate Support only; the customer has Expert Support",
      },
    });
    // No other input makes an Expert customer eligible.
    const everything = {
      plan: "expert",
      products: [...solutionIds],
      aemCloudService: true,
      migratingToAemCloudService: true,
    } as const;
    expect(answerFor(everything, "technical-account-director").eligible).toBe(false);
  });

  it("Advanced Cloud Support needs Experience Manager as a Cloud Service or a migration to it", () => {
    for (const plan of planIds) {
      const has = answerFor(
        { plan, products: ["experience-manager"], aemCloudService: true },
        "advanced-cloud-support",
      );
      expect([has.eligible, has.reason.code]).toEqual([true, "has-aem-cloud-service"]);

      const migrating = answerFor(
        { plan, migratingToAemCloudService: true },
        "advanced-cloud-support",
      );
      expect([migrating.eligible, migrating.reason.code]).toEqual([
        true,
        "migrating-to-aem-cloud-service",
      ]);

      const neither = answerFor({ plan }, "advanced-cloud-support");
      expect([neither.eligible, neither.reason.code]).toEqual([false, "no-aem-cloud-service"]);

      const explicitNo = answerFor(
        { plan, aemCloudService: false, migratingToAemCloudService: false },
        "advanced-cloud-support",
      );
      expect(explicitNo.eligible).toBe(false);
    }
  });

  it("listing Experience Manager alone does not qualify for Advanced Cloud Support, and the reason says why", () => {
    const answer = answerFor(
      { plan: "ultimate", products: ["experience-manager", "target"] },
      "advanced-cloud-support",
    );
    expect(answer.eligible).toBe(false);
    expect(answer.reason.code).toBe("no-aem-cloud-service");
    expect(answer.reason.text).toMatch(/`products` lists Experience Manager/);
  });

  it("Event Management is open to both plans", () => {
    for (const plan of planIds) {
      const answer = answerFor({ plan }, "event-management");
      expect(answer.eligible).toBe(true);
      expect(answer.reason.code).toBe("offered-with-plan");
      expect(answer.reason.text).toMatch(/^Event Management is offered with every plan/);
    }
    expect(planFeaturesFor("expert").some((f) => f.id === "event-planning")).toBe(true);
    expect(planFeaturesFor("ultimate").some((f) => f.id === "event-planning")).toBe(true);
  });

  it("rejects aemCloudService with a product list that lacks Experience Manager", () => {
    const error = inputError(() =>
      addOnEligibility({ plan: "ultimate", products: ["analytics"], aemCloudService: true }),
    );
    expect(error.issues).toEqual([
      {
        path: ["aemCloudService"],
        code: "conflicting_options",
        message:
          '`aemCloudService` is true but `products` does not list "experience-manager": add it, or leave `products` out',
      },
    ]);
  });

  it("exports a strict input schema", () => {
    expect(addOnEligibilityInputSchema.safeParse({ plan: "expert" }).success).toBe(true);
    expect(addOnEligibilityInputSchema.safeParse({ plan: "expert", extra: 1 }).success).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// Launch advisory

describe("launch advisory", () => {
  it("launch advisory phases come in order with their deliverables", () => {
    expect(launchAdvisoryPhases.map((p) => [p.order, p.id, p.deliverables])).toEqual([
      [1, "kickoff", ["Launch kit, including the project collaboration plan"]],
      [2, "define", ["Assessment and recommendations document"]],
      [3, "design", []],
      [4, "go-live", []],
      [5, "post-launch", ["Engagement summary"]],
    ]);
    const goLive = launchAdvisoryPhases[3];
    expect(goLive.activities.some((a) => /performance or load testing/i.test(a))).toBe(true);
  });

  it("launchAdvisoryDeliverables lists every deliverable with its phase", () => {
    const list = launchAdvisoryDeliverables();
    expect(list.map((d) => `${d.phaseName}: ${d.deliverable}`)).toEqual([
      "Kickoff: Launch kit, including the project collaboration plan",
      "Define: Assessment and recommendations document",
      "Post-launch: Engagement summary",
    ]);
    expect(list.map((d) => d.phase)).toEqual(["kickoff", "define", "post-launch"]);
    expect(isDeepFrozen(list)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Field-service menu

// The "Solutions" column of the source's field-service table, transcribed verbatim, by activity.
const sourceTable: Record<FieldServiceActivityId, string> = {
  "health-assessment":
    "Analytics, Audience Manager, Target, Campaign, Experience Manager, Commerce, Marketo Engage",
  "feature-implementation-and-integration":
    "Analytics, Audience Manager, Target, Campaign, Experience Manager",
  "custom-troubleshooting":
    "Analytics, Audience Manager, Target, Campaign, Experience Manager, Commerce",
  "aem-cloud-service-adoption-advisory": "Experience Manager",
  "basic-use-case-development":
    "Analytics, Audience Manager, Target, Campaign, Experience Manager, Commerce, Marketo Engage",
  "reporting-and-analysis": "Analytics, Audience Manager, Target",
  "maturity-roadmap":
    "Analytics, Audience Manager, Target, Campaign, Experience Manager, Commerce, Marketo Engage",
  "desk-side-coaching":
    "Analytics, Audience Manager, Target, Campaign, Experience Manager, Commerce",
};
const sourceName: Record<string, SolutionId> = {
  Analytics: "analytics",
  "Audience Manager": "audience-manager",
  Target: "target",
  Campaign: "campaign",
  "Experience Manager": "experience-manager",
  Commerce: "commerce",
  "Marketo Engage": "marketo-engage",
};
const sourceSolutions = (activity: FieldServiceActivityId): SolutionId[] =>
  sourceTable[activity].split(", ").map((name) => {
    const id = sourceName[name];
    if (id === undefined) throw new Error(`unknown solution ${name}`);
    return id;
  });

describe("fieldServiceActivitiesFor", () => {
  it("every activity lists exactly the solutions of the source table", () => {
    for (const activity of fieldServiceActivities) {
      expect(activity.solutions, activity.id).toEqual(sourceSolutions(activity.id));
    }
  });

  it("which activities apply to Target", () => {
    expect(fieldServiceActivitiesFor("target").map((a) => a.name)).toEqual([
      "Health assessment",
      "Feature implementation and integration support",
      "Solution troubleshooting (custom)",
      "Basic use-case development and support",
      "Solution reporting and analysis",
      "Maturity roadmap",
      "Desk-side coaching",
    ]);
  });

  it.each(solutionIds)("which activities apply to %s matches the source table", (solution) => {
    const expected = fieldServiceActivityIds.filter((id) => sourceSolutions(id).includes(solution));
    const result = fieldServiceActivitiesFor(solution);
    expect(result.map((a) => a.id)).toEqual(expected);
    expect(isDeepFrozen(result)).toBe(true);
  });

  it("AEM as a Cloud Service adoption advisory is for Experience Manager only", () => {
    for (const solution of solutionIds) {
      const ids = fieldServiceActivitiesFor(solution).map((a) => a.id);
      expect(ids.includes("aem-cloud-service-adoption-advisory")).toBe(
        solution === "experience-manager",
      );
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Input errors

describe("input errors", () => {
  it("an unknown plan is rejected with a did-you-mean", () => {
    const error = inputError(() => planFeaturesFor("ultimat" as never));
    expect(error.issues).toEqual([
      {
        path: ["plan"],
        code: "invalid_value",
        message: '`plan`: expected one of "expert", "ultimate"; did you mean "ultimate"?',
      },
    ]);
    const inObject = inputError(() => addOnEligibility({ plan: "Expert" } as never));
    expect(inObject.issues[0]?.message).toMatch(/did you mean "expert"\?$/);
  });

  it("an unknown solution is rejected with a did-you-mean", () => {
    const error = inputError(() => fieldServiceActivitiesFor("Target" as never));
    expect(error.issues[0]?.path).toEqual(["solution"]);
    expect(error.issues[0]?.code).toBe("invalid_value");
    expect(error.issues[0]?.message).toMatch(/did you mean "target"\?$/);

    const typo = inputError(() => fieldServiceActivitiesFor("marketo" as never));
    expect(typo.issues[0]?.message).toMatch(/did you mean "marketo-engage"\?$/);

    const inList = inputError(() =>
      addOnEligibility({ plan: "expert", products: ["analytics", "campain"] } as never),
    );
    expect(inList.issues[0]?.path).toEqual(["products", 1]);
    expect(inList.issues[0]?.message).toMatch(/did you mean "campaign"\?$/);
  });

  it("an unknown key is rejected with a did-you-mean", () => {
    const error = inputError(() =>
      addOnEligibility({ plan: "ultimate", aemCloudservice: true } as never),
    );
    expect(error.issues).toEqual([
      {
        path: ["aemCloudservice"],
        code: "unknown_key",
        message: "`aemCloudservice` is not a known option; did you mean `aemCloudService`?",
      },
    ]);
  });

  it("a missing plan, a non-boolean flag and a non-object input are rejected", () => {
    expect(inputError(() => addOnEligibility({} as never)).issues[0]?.code).toBe("required");
    const flag = inputError(() =>
      addOnEligibility({ plan: "expert", migratingToAemCloudService: "yes" } as never),
    );
    expect(flag.issues[0]).toMatchObject({
      path: ["migratingToAemCloudService"],
      code: "invalid_type",
    });
    expect(inputError(() => addOnEligibility(null as never)).issues[0]?.code).toBe("invalid_type");
    expect(inputError(() => fieldServiceActivitiesFor(undefined as never)).issues[0]?.path).toEqual(
      ["solution"],
    );
  });
});
