/** Adobe Commerce under other spellings: catalog ids in any case, the alias table, and look-alikes rejected with a suggestion. */

import { describe, expect, it } from "vitest";
import { commerceProductAliases, responseDeadline, supportLanguages } from "../../src/index.js";
import { inputError } from "./helpers.js";

const ultimateP3 = {
  plan: "ultimate",
  priority: "P3",
  region: "americas",
  openedAt: "2026-03-06T17:00:00-08:00",
  termStart: "2021-09-20",
} as const;
const tokyoMorning = { region: "japan", now: "2026-11-04T10:00:00+09:00" } as const;

describe("the alias table", () => {
  it.each(Object.entries(commerceProductAliases))("%s is read as %s", (alias, id) => {
    const table = responseDeadline({ ...ultimateP3, product: alias }).table;
    expect(table.id).toBe(id === "commerce-managed-services" ? id : "ultimate");
    expect(table.reason).toContain(`"${alias}" (an alias of ${id})`);
    const languages = supportLanguages({ ...tokyoMorning, product: alias });
    expect(languages.japanese.reason.code).toBe("adobe_commerce");
  });

  it("normalises case, spaces and underscores", () => {
    for (const product of [
      "Magento Commerce Pro",
      "MAGENTO_COMMERCE_PRO",
      " magento-commerce-pro ",
    ]) {
      const due = responseDeadline({ ...ultimateP3, product });
      expect(due.dueAt).toBe("2026-03-09T14:30:00.000Z");
    }
    expect(responseDeadline({ ...ultimateP3, product: "Commerce-Managed-Services" }).table.id).toBe(
      "commerce-managed-services",
    );
  });

  it("an alias of Commerce Managed Services without termStart is required, as the catalog id", () => {
    const { termStart: _, ...noTerm } = ultimateP3;
    const error = inputError(() =>
      responseDeadline({ ...noTerm, product: "magento-commerce-pro" }),
    );
    expect(error.issues).toEqual([
      expect.objectContaining({ path: ["termStart"], code: "required" }),
    ]);
  });

  it("is frozen data", () => {
    expect(Object.isFrozen(commerceProductAliases)).toBe(true);
  });
});

describe("look-alikes are rejected with a suggestion", () => {
  it.each([
    ["adobe-commerce-cloud", undefined],
    ["magento2", "commerce"],
    ["magento-open-source", undefined],
    ["commerce-managed-service", "commerce-managed-services"],
    ["adobe-comerce", "commerce"],
  ])("%s", (product, suggestion) => {
    const error = inputError(() => responseDeadline({ ...ultimateP3, product }));
    const issue = error.issues[0];
    expect(issue).toMatchObject({ path: ["product"], code: "unknown_product" });
    expect(issue?.message).toContain(
      'pass "commerce" (Adobe Commerce) or "commerce-managed-services"',
    );
    if (suggestion !== undefined) expect(issue?.message).toContain(`did you mean "${suggestion}"?`);
  });

  it("other products are unaffected", () => {
    expect(responseDeadline({ ...ultimateP3, product: "analytics" }).table.reason).toBe(
      'plan is ultimate (product "analytics" is not Adobe Commerce on Managed Services)',
    );
    expect(supportLanguages({ ...tokyoMorning, product: "analytics" }).languages).toEqual([
      "en",
      "ja",
    ]);
  });
});
