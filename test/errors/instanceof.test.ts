/** `instanceof` on the library's errors holds across copies of the library (the ics entry point, a second bundle). */

import { describe, expect, it } from "vitest";
import { isSlaInputError, SlaError, SlaInputError } from "../../src/index.js";

/** An error as another copy of the library makes it: another class, the same registered brand and name. */
function fromAnotherCopy(name: string): Error {
  const error = new Error("`ics[3]`: not an iCalendar file");
  error.name = name;
  Object.defineProperty(error, Symbol.for("adobe-support-sla.error"), { value: true });
  return error;
}

describe("errors across copies of the library", () => {
  it("are instances of SlaError, and of SlaInputError when they are input errors", () => {
    const input = fromAnotherCopy("SlaInputError");
    expect(input instanceof SlaInputError).toBe(true);
    expect(input instanceof SlaError).toBe(true);
    expect(isSlaInputError(input)).toBe(true);
    const base = fromAnotherCopy("SlaError");
    expect(base instanceof SlaError).toBe(true);
    expect(base instanceof SlaInputError).toBe(false);
  });

  it("keeps plain errors, unbranded look-alikes and hostile values out", () => {
    const lookAlike = new Error("x");
    lookAlike.name = "SlaInputError";
    expect(lookAlike instanceof SlaInputError).toBe(false);
    expect(new TypeError("x") instanceof SlaError).toBe(false);
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("trap");
        },
      },
    );
    expect(hostile instanceof SlaError).toBe(false);
    expect((null as unknown as object) instanceof SlaError).toBe(false);
  });

  it("still holds for errors of this copy", () => {
    const error = new SlaInputError([
      { path: ["plan"], code: "required", message: "`plan` is required" },
    ]);
    expect(error instanceof SlaInputError).toBe(true);
    expect(error instanceof SlaError).toBe(true);
    expect(Object.keys(error)).not.toContain(Symbol.for("adobe-support-sla.error"));
  });
});
