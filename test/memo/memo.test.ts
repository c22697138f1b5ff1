/** The memo helper: least recently used first out, bounded by the bytes its entries are estimated at. */

import { describe, expect, it } from "vitest";
import { createMemo, createWeakMemo, estimateBytes } from "../../src/memo.js";

describe("createMemo", () => {
  it("keeps entries within the byte budget, dropping the least recently used first", () => {
    const memo = createMemo<string, number>({ maxBytes: 3 * (100 + 64), sizeOf: () => 100 });
    memo.set("a", 1);
    memo.set("b", 2);
    memo.set("c", 3);
    expect(memo.get("a")).toBe(1); // "a" is now the most recently used
    memo.set("d", 4);
    expect(memo.get("b")).toBeUndefined();
    expect([memo.get("a"), memo.get("c"), memo.get("d")]).toEqual([1, 3, 4]);
    expect(memo.size).toBe(3);
    expect(memo.bytes).toBe(3 * 164);
  });

  it("returns but never keeps an entry bigger than the whole budget", () => {
    const memo = createMemo<string, string>({ maxBytes: 1_000 });
    memo.set("small", "x");
    expect(memo.getOrCompute("big", () => "y".repeat(10_000))).toHaveLength(10_000);
    expect(memo.get("big")).toBeUndefined();
    expect(memo.get("small")).toBe("x");
  });

  it("computes once, keeps nothing when the computation throws, and replaces on set", () => {
    const memo = createMemo<number, number>({ maxBytes: 10_000 });
    let calls = 0;
    const square = (n: number) =>
      memo.getOrCompute(n, () => {
        calls += 1;
        return n * n;
      });
    expect([square(3), square(3)]).toEqual([9, 9]);
    expect(calls).toBe(1);
    expect(() =>
      memo.getOrCompute(4, () => {
        throw new Error("no");
      }),
    ).toThrow("no");
    expect(memo.get(4)).toBeUndefined();
    memo.set(3, 10);
    expect(memo.get(3)).toBe(10);
    expect(memo.size).toBe(1);
    expect(memo.delete(3)).toBe(true);
    memo.set(5, 25);
    memo.clear();
    expect([memo.size, memo.bytes]).toEqual([0, 0]);
  });

  it("refuses a budget that is not a number", () => {
    expect(() => createMemo({ maxBytes: Number.NaN })).toThrow(RangeError);
  });

  it("estimates strings and typed arrays exactly, containers shallowly", () => {
    expect(estimateBytes("abcd")).toBe(24);
    expect(estimateBytes(new Float64Array(10))).toBe(144);
    expect(estimateBytes([1, 2])).toBe(48);
    expect(estimateBytes({ a: 1 })).toBe(40);
    expect(estimateBytes(7)).toBe(8);
  });
});

describe("createWeakMemo", () => {
  it("keeps a value per object identity", () => {
    const memo = createWeakMemo<object, number>();
    const key = {};
    expect(memo.getOrCompute(key, () => 1)).toBe(1);
    expect(memo.getOrCompute(key, () => 2)).toBe(1);
    expect(memo.get({})).toBeUndefined();
    expect(memo.delete(key)).toBe(true);
    memo.set(key, 3);
    expect(memo.get(key)).toBe(3);
  });
});
