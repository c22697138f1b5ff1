import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import {
  commerceRule,
  countries,
  type Priority,
  planIds,
  plans,
  priorities,
  priorityLevels,
  type RegionId,
  regionIds,
  regions,
  type TargetTable,
  targetTableIds,
  targetTables,
} from "../../src/index.js";

// The policy catalog is pure, frozen data; these schemas state its shape and the SPEC's numbers.

const target = z.discriminatedUnion("unit", [
  z.strictObject({
    clock: z.enum(["24x7", "business"]),
    amount: z.int().check(z.positive()),
    unit: z.literal("minutes"),
  }),
  z.strictObject({
    clock: z.enum(["24x7", "business"]),
    amount: z.int().check(z.positive()),
    unit: z.literal("hours"),
  }),
  z.strictObject({
    clock: z.literal("business"),
    amount: z.literal(1),
    unit: z.literal("business-day"),
  }),
]);
const tableSchema = z.strictObject({
  id: z.enum(targetTableIds),
  name: z.string().check(z.minLength(1)),
  targets: z.strictObject({ P1: target, P2: target, P3: target, P4: target }),
});
const planSchema = z.strictObject({
  id: z.enum(planIds),
  name: z.string().check(z.minLength(1)),
  summary: z.string().check(z.minLength(1)),
  hoursWording: z.string().check(z.minLength(1)),
});
const prioritySchema = z.strictObject({
  id: z.enum(priorities),
  impact: z.enum(["critical", "major", "minimal", "none"]),
  definition: z.strictObject({
    en: z.string().check(z.minLength(20)),
    fr: z.string().check(z.minLength(20)),
  }),
  engagement: z.strictObject({
    adobeContacts: z.enum(["any-time", "business-hours"]),
    customerContinuous24x7: z.boolean(),
    mayBeDowngraded: z.boolean(),
    summary: z.string().check(z.minLength(1)),
  }),
});
const hhmm = z.string().check(z.regex(/^\d{2}:\d{2}$/));
const regionSchema = z.strictObject({
  id: z.enum(regionIds),
  name: z.string().check(z.minLength(1)),
  label: z.string().check(z.minLength(1)),
  days: z.array(z.int().check(z.minimum(1), z.maximum(7))),
  opens: hhmm,
  closes: hhmm,
  businessDayMinutes: z.int().check(z.positive()),
  zone: z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("fixed"), timeZone: z.string(), why: z.string() }),
    z.strictObject({
      kind: z.literal("customer-local"),
      defaultTimeZone: z.string(),
      why: z.string(),
    }),
  ]),
});

function minutesOf(t: TargetTable["targets"][Priority]): number {
  return t.unit === "hours" ? t.amount * 60 : t.unit === "minutes" ? t.amount : Number.NaN;
}

function isDeepFrozen(value: unknown): boolean {
  if (value === null || typeof value !== "object") return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}

describe("policy catalog", () => {
  it("validates every country against its schema: a region and a zone, or neither", () => {
    const countrySchema = z.union([
      z.strictObject({
        code: z.string().check(z.regex(/^[A-Z]{2}$/)),
        name: z.string().check(z.minLength(1)),
        region: z.enum(regionIds),
        timeZone: z.string().check(z.minLength(1)),
        zoneReason: z.enum(["only-zone", "most-populous-city"]),
      }),
      z.strictObject({
        code: z.string().check(z.regex(/^[A-Z]{2}$/)),
        name: z.string().check(z.minLength(1)),
        region: z.null(),
        timeZone: z.null(),
        zoneReason: z.literal("none"),
      }),
    ]);
    for (const [code, country] of Object.entries(countries)) {
      expect(countrySchema.parse(country).code).toBe(code);
    }
    expect(Object.keys(countries)).toHaveLength(249);
  });

  it("validates every plan, table, priority and region against its schema", () => {
    for (const id of planIds) planSchema.parse(plans[id]);
    for (const id of targetTableIds) tableSchema.parse(targetTables[id]);
    for (const id of priorities) prioritySchema.parse(priorityLevels[id]);
    for (const id of regionIds) regionSchema.parse(regions[id]);
  });

  it("holds the SPEC's targets: Expert 60/120/240 min, Ultimate 15/30/60, Commerce 30/60/120, P4 one business day", () => {
    const table = (id: (typeof targetTableIds)[number]) =>
      (["P1", "P2", "P3"] as const).map((p) => minutesOf(targetTables[id].targets[p]));
    expect(table("expert")).toEqual([60, 120, 240]);
    expect(table("ultimate")).toEqual([15, 30, 60]);
    expect(table("commerce-managed-services")).toEqual([30, 60, 120]);
    for (const id of targetTableIds) {
      expect(targetTables[id].targets.P1.clock).toBe("24x7");
      expect(targetTables[id].targets.P2.clock).toBe("business");
      expect(targetTables[id].targets.P4.unit).toBe("business-day");
    }
  });

  it("holds the Commerce rule: term start on or after 2021-09-20", () => {
    expect(commerceRule.termStartOnOrAfter).toBe("2021-09-20");
    expect(commerceRule.product).toBe("commerce-managed-services");
  });

  it("holds the regional hours and zone decisions of SPEC section 3", () => {
    const hours = (id: RegionId) => [
      regions[id].opens,
      regions[id].closes,
      regions[id].businessDayMinutes,
    ];
    expect(hours("americas")).toEqual(["06:00", "17:30", 690]);
    expect(hours("emea")).toEqual(["09:00", "17:00", 480]);
    expect(hours("apac")).toEqual(["09:00", "17:00", 480]);
    expect(hours("japan")).toEqual(["09:00", "17:00", 480]);
    expect(regions.americas.zone).toMatchObject({ kind: "fixed", timeZone: "America/Los_Angeles" });
    expect(regions.japan.zone).toMatchObject({ kind: "fixed", timeZone: "Asia/Tokyo" });
    expect(regions.emea.zone).toMatchObject({
      kind: "customer-local",
      defaultTimeZone: "Europe/London",
    });
    expect(regions.apac.zone).toMatchObject({
      kind: "customer-local",
      defaultTimeZone: "Asia/Singapore",
    });
  });

  it("lets only P1 and P2 be downgraded, and only P1 asks 24x7 engagement", () => {
    expect(priorities.filter((p) => priorityLevels[p].engagement.mayBeDowngraded)).toEqual([
      "P1",
      "P2",
    ]);
    expect(priorities.filter((p) => priorityLevels[p].engagement.customerContinuous24x7)).toEqual([
      "P1",
    ]);
  });

  it("is deeply frozen", () => {
    for (const data of [plans, targetTables, priorityLevels, regions, commerceRule]) {
      expect(isDeepFrozen(data)).toBe(true);
    }
  });

  it("fails to compile when a table misses a priority", () => {
    // @ts-expect-error P4 is missing: a target table must cover every priority.
    const incomplete: TargetTable["targets"] = {
      P1: targetTables.expert.targets.P1,
      P2: targetTables.expert.targets.P2,
      P3: targetTables.expert.targets.P3,
    };
    expect(Object.keys(incomplete)).toHaveLength(3);
  });
});
