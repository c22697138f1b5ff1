import { describe, expect, it } from "vitest";
import { remoteAccess } from "../../src/index.js";

// SPEC section 6, "Remote access".

describe("remote access", () => {
  it("the customer grants Adobe access to the relevant systems through Adobe-controlled remote support tools", () => {
    expect(remoteAccess.grantedBy).toBe("customer");
    expect(remoteAccess.grantedTo).toBe("Adobe Support");
    expect(remoteAccess.through).toContain("controlled by Adobe");
    expect(remoteAccess.purpose).toContain("troubleshooting");
    expect(Object.isFrozen(remoteAccess)).toBe(true);
  });
});
