/** Frozen results whose derived fields (texts, ISO strings, nested results) are computed when first read, then remembered. */

/** A field computed from the finished result the first time it is read: see {@link lazy}. */
class Deferred<T> {
  constructor(readonly compute: (result: never) => T) {}
}

/** The fields of a result as given to {@link lazyResult}: each a value or a {@link lazy} one. */
export type LazyFields<T> = { readonly [K in keyof T]: T[K] | Deferred<T[K]> };

/**
 * A field of a {@link lazyResult} computed on first read from the finished result (so that
 * `explanation` can join `steps`); the value is remembered and must already be frozen.
 */
export function lazy<T, Result = unknown>(compute: (result: Result) => T): Deferred<T> {
  return new Deferred<T>(compute as (result: never) => T);
}

/**
 * Where a result keeps its fields: a non-enumerable own property holding a {@link FieldBox},
 * whose values sit in a private field, so that nothing reachable from a result can change them.
 */
const boxKey: symbol = /* @__PURE__ */ (() => Symbol("lazy result fields"))();

/** Reads a field of a box; set once by {@link FieldBox}, reachable from no result. */
let readField: (box: FieldBox, key: string) => unknown;

/**
 * The fields of one result, computed ones remembered, and the result itself, in private fields.
 * Only `readField` reaches them, and it computes a deferred field from the box's own result, so
 * a getter called on a forged object that holds a real box still computes from the real result.
 * No method or static is reachable from a result.
 */
class FieldBox {
  readonly #values: Record<string, unknown>;
  readonly #result: object;
  constructor(values: Record<string, unknown>, result: object) {
    this.#values = values;
    this.#result = result;
  }
  static {
    readField = (box, key) => {
      const values = box.#values;
      const value = values[key];
      if (!(value instanceof Deferred)) return value;
      const computed: unknown = (value.compute as (result: object) => unknown)(box.#result);
      values[key] = computed;
      return computed;
    };
  }
}

/** One getter per field name, shared by every result: objects built alike then share one shape. */
const getters = /* @__PURE__ */ new Map<string, PropertyDescriptor>();

function getterFor(key: string): PropertyDescriptor {
  let descriptor = getters.get(key);
  if (descriptor === undefined) {
    descriptor = {
      get(this: Record<symbol, FieldBox>) {
        return readField(this[boxKey] as FieldBox, key);
      },
      enumerable: true,
    };
    getters.set(key, descriptor);
  }
  return descriptor;
}

/**
 * The frozen result with `fields` in their given order: plain values as data properties, the
 * {@link lazy} ones as enumerable getters that compute once and then return the same value. So
 * `JSON.stringify`, spreading, `structuredClone` and deep equality see every field (they read
 * the getters, and copy values), and a field nobody reads is never computed.
 *
 * The getters are shared by all results and added in order to a fresh object, never redefined:
 * V8 then gives results built alike one fast shape (a getter per object, or a redefined
 * property, would make each a slow dictionary, costing more than the texts it saves). `fields`
 * must be a fresh object literal: the result's reader keeps it, out of reach.
 */
export function lazyResult<T extends object>(fields: LazyFields<T>): T {
  const values = fields as Record<string, unknown>;
  const result: Record<PropertyKey, unknown> = {};
  for (const key in values) {
    const value = values[key];
    if (value instanceof Deferred) Object.defineProperty(result, key, getterFor(key));
    else result[key] = value;
  }
  Object.defineProperty(result, boxKey, { value: new FieldBox(values, result) });
  return Object.freeze(result) as T;
}

/** `steps` joined into one sentence: the `explanation` field of every result. */
export const joinSteps = (result: { readonly steps: readonly string[] }): string =>
  result.steps.join("; ");
