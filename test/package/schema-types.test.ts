/** The exported zod schemas' output is accepted by the functions they validate for, in strict TypeScript. */

import { describe, expect, it } from "vitest";
import {
  type AdobeMayContactInput,
  adobeMayContactInputSchema,
  type DowngradeEligibilityInput,
  downgradeEligibilityInputSchema,
  type ResponseDeadlineInput,
  responseDeadline,
  responseDeadlineInputSchema,
  type SlaStatusInput,
  type SupportChannelsInput,
  type SupportLanguagesInput,
  slaStatusInputSchema,
  supportChannelsInputSchema,
  supportLanguagesInputSchema,
} from "../../src/index.js";

describe("schema output as function input", () => {
  it("type-checks under exactOptionalPropertyTypes and gives the same deadline", () => {
    const raw: unknown = JSON.parse(
      '{"plan":"ultimate","priority":"P2","billingCountry":"FR","openedAt":"2026-11-20T16:50:00+01:00"}',
    );
    // These assignments are the test: they fail `npm run typecheck` if the types disagree.
    const input: ResponseDeadlineInput = responseDeadlineInputSchema.parse(raw);
    const status: SlaStatusInput = slaStatusInputSchema.parse({
      ...(raw as object),
      now: "2026-11-23T08:00:00Z",
    });
    const contact: AdobeMayContactInput = adobeMayContactInputSchema.parse({
      priority: "P2",
      region: "emea",
      now: "2026-11-23T08:00:00Z",
    });
    const channels: SupportChannelsInput = supportChannelsInputSchema.parse({
      plan: "ultimate",
      priority: "P2",
      region: "emea",
      now: "2026-11-23T08:00:00Z",
    });
    const languages: SupportLanguagesInput = supportLanguagesInputSchema.parse({
      region: "emea",
      now: "2026-11-23T08:00:00Z",
    });
    const downgrade: DowngradeEligibilityInput = downgradeEligibilityInputSchema.parse({
      plan: "ultimate",
      priority: "P2",
      region: "emea",
      openedAt: "2026-11-20T16:50:00+01:00",
      now: "2026-11-23T08:00:00Z",
      namedContacts: ["ana@example.com"],
      contactAttempts: [],
    });
    expect(responseDeadline(input).dueAt).toBe("2026-11-23T08:20:00.000Z");
    expect(
      [status, contact, channels, languages, downgrade].every((x) => typeof x === "object"),
    ).toBe(true);
  });
});
