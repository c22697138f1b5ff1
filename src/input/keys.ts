/** Keys of a case that were renamed: the old name, when given in place of the new one, is named in the `required` error (pure data). */

/**
 * Old key to new key. `at` was the evaluation instant of `adobeMayContact`, `supportChannels`
 * and `supportLanguages`; every rule now calls it `now`.
 */
export const renamedKeys: Readonly<Record<string, string>> = /* @__PURE__ */ (() =>
  Object.freeze({ at: "now" }))();
