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

  it("keeps the recency order through repeated hits on the newest entry and after deletes", () => {
    // Hits on the newest entry skip the re-insert: the order must still be exact.
    const memo = createMemo<string, number>({ maxBytes: 3 * (100 + 64), sizeOf: () => 100 });
    memo.set("a", 1);
    memo.set("b", 2);
    memo.set("c", 3);
    memo.getOrCompute("c", () => 0);
    expect(memo.get("c")).toBe(3);
    expect(memo.get("a")).toBe(1); // order now b, c, a
    expect(memo.get("a")).toBe(1);
    memo.set("d", 4); // drops b
    expect(memo.get("b")).toBeUndefined();
    memo.delete("d"); // the newest is gone: a hit on c must move it again
    expect(memo.get("c")).toBe(3); // order a, c
    memo.set("e", 5);
    memo.set("f", 6); // drops a
    expect([memo.get("a"), memo.get("c"), memo.get("e"), memo.get("f")]).toEqual([
      undefined,
      3,
      5,
      6,
    ]);
    memo.clear();
    memo.set("g", 7);
    expect(memo.get("g")).toBe(7);
    expect(memo.size).toBe(1);
  });

  it("drops the oldest entry when every entry was read (each gets one second chance only)", () => {
    const memo = createMemo<number, number>({ maxBytes: 4 * (100 + 64), sizeOf: () => 100 });
    for (let i = 0; i < 4; i++) memo.set(i, i);
    for (let i = 0; i < 4; i++) memo.get(i);
    memo.set(4, 4);
    expect(memo.get(0)).toBeUndefined();
    expect([1, 2, 3, 4].map((i) => memo.get(i))).toEqual([1, 2, 3, 4]);
    expect(memo.bytes).toBeLessThanOrEqual(4 * 164);
    // Many hits and sets never let the memo exceed its budget.
    for (let i = 0; i < 1000; i++) {
      memo.get(i % 7);
      memo.getOrCompute(i % 13, () => i);
      expect(memo.bytes).toBeLessThanOrEqual(4 * 164);
    }
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
