/** The one memo helper every cache of the library uses: least-recently-used, bounded by an estimate of the memory it holds. */

/**
 * Options of {@link createMemo}.
 *
 * @internal
 */
export interface MemoOptions<K, V> {
  /**
   * Most bytes the memo may hold, by the sum of `sizeOf` over its entries. When a new entry would
   * go over, the least recently used entries are dropped first; an entry bigger than the whole
   * budget is returned to its caller but never kept.
   */
  readonly maxBytes: number;
  /**
   * A cheap estimate of the bytes one entry holds (key and value, not counting what other caches
   * already hold). It is called once, when the entry is stored; it must not change afterwards.
   * @default {@link estimateBytes}(key) + {@link estimateBytes}(value)
   */
  readonly sizeOf?: ((key: K, value: V) => number) | undefined;
}

/**
 * A map bounded by memory that drops the least recently used entries first (approximately: the
 * CLOCK algorithm, so that a hit costs one flag write). Reading an entry (`get`, `getOrCompute`)
 * marks it as recently used. Values are shared between callers: store only immutable values, or values no
 * caller can reach (the memo never copies).
 *
 * @internal
 */
export interface Memo<K, V> {
  /** The value kept for `key` (now the most recently used), or `undefined`. */
  get(key: K): V | undefined;
  /** Keeps `value` for `key`, dropping least recently used entries to stay within budget. */
  set(key: K, value: V): void;
  /** The value kept for `key`, or `compute()` kept and returned (a throw keeps nothing). */
  getOrCompute(key: K, compute: () => V): V;
  /** Forgets `key`; `true` when it was kept. */
  delete(key: K): boolean;
  /** Forgets everything. */
  clear(): void;
  /** Entries kept. */
  readonly size: number;
  /** Estimated bytes kept (the sum of `sizeOf` over the entries). */
  readonly bytes: number;
}

/** Bytes a `Map` entry costs beyond its key and value (hash slot, entry record, LRU order). */
const ENTRY_OVERHEAD = 64;

/**
 * A rough, cheap estimate of the bytes a value holds: exact for strings and typed arrays,
 * shallow for arrays and objects (their elements or own properties counted as 8 bytes each, what
 * they point to not at all). Callers whose values hold nested data pass their own `sizeOf`.
 *
 * @internal
 */
export function estimateBytes(value: unknown): number {
  switch (typeof value) {
    case "string":
      return 16 + 2 * value.length;
    case "object": {
      if (value === null) return 8;
      if (ArrayBuffer.isView(value)) return 64 + value.byteLength;
      if (Array.isArray(value)) return 32 + 8 * value.length;
      if (value instanceof Map || value instanceof Set) return 64 + 48 * value.size;
      return 32 + 8 * Object.keys(value).length;
    }
    default:
      return 8;
  }
}

const defaultSizeOf = (key: unknown, value: unknown) => estimateBytes(key) + estimateBytes(value);

/** One kept value, its estimated size, and whether it was read since eviction last passed it. */
interface Entry<V> {
  readonly value: V;
  readonly bytes: number;
  used: boolean;
}

/**
 * A memo bounded by memory (see {@link Memo}). Creating one allocates an empty `Map` and nothing
 * else; at module level write it `/* @__PURE__ *\/ (() => createMemo({ ... }))()`.
 *
 * @param options - The byte budget and, optionally, how to estimate an entry's size.
 * @returns An empty memo.
 * @throws {RangeError} When `maxBytes` is not a non-negative number.
 * @internal
 */
export function createMemo<K, V>(options: MemoOptions<K, V>): Memo<K, V> {
  const { maxBytes } = options;
  if (!(maxBytes >= 0)) throw new RangeError(`maxBytes must be a non-negative number`);
  const sizeOf = options.sizeOf ?? defaultSizeOf;
  // A Map iterates in insertion order, oldest first. A hit only sets `used` (no Map mutation, so
  // hits stay cheap on hot paths); eviction gives a used entry a second chance: it is cleared and
  // moved to the end, and the first unused entry from the oldest end goes (the CLOCK algorithm,
  // a close approximation of least recently used).
  const entries = new Map<K, Entry<V>>();
  let bytes = 0;

  const get = (key: K): V | undefined => {
    const entry = entries.get(key);
    if (entry === undefined) return undefined;
    entry.used = true;
    return entry.value;
  };

  const remove = (key: K): boolean => {
    const entry = entries.get(key);
    if (entry === undefined) return false;
    entries.delete(key);
    bytes -= entry.bytes;
    return true;
  };

  /** Drops entries, oldest unused first, until `size` more bytes fit. */
  const makeRoom = (size: number): void => {
    while (bytes + size > maxBytes) {
      const oldest = entries.entries().next();
      if (oldest.done === true) return;
      const [key, entry] = oldest.value;
      entries.delete(key);
      if (entry.used) {
        entry.used = false;
        entries.set(key, entry);
      } else {
        bytes -= entry.bytes;
      }
    }
  };

  const set = (key: K, value: V): void => {
    remove(key);
    const size = Math.max(0, sizeOf(key, value)) + ENTRY_OVERHEAD;
    if (!(size <= maxBytes)) return;
    makeRoom(size);
    entries.set(key, { value, bytes: size, used: false });
    bytes += size;
  };

  return {
    get,
    set,
    getOrCompute(key, compute) {
      const entry = entries.get(key);
      if (entry !== undefined) {
        entry.used = true;
        return entry.value;
      }
      const value = compute();
      set(key, value);
      return value;
    },
    delete: remove,
    clear() {
      entries.clear();
      bytes = 0;
    },
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
  };
}

/**
 * A memo keyed by object identity: an entry lives exactly as long as its key is reachable
 * elsewhere, so it needs no budget (what it holds is at most proportional to what the caller
 * already holds). For per-object facts: "this array was validated", "this calendar's years".
 *
 * @internal
 */
export interface WeakMemo<K extends object, V> {
  /** The value kept for `key`, or `undefined`. */
  get(key: K): V | undefined;
  /** Keeps `value` for as long as `key` lives. */
  set(key: K, value: V): void;
  /** The value kept for `key`, or `compute()` kept and returned. */
  getOrCompute(key: K, compute: () => V): V;
  /** Forgets `key`; `true` when it was kept. */
  delete(key: K): boolean;
}

/**
 * A memo keyed by object identity (see {@link WeakMemo}). At module level write it
 * `/* @__PURE__ *\/ (() => createWeakMemo())()`.
 *
 * @returns An empty memo.
 * @throws Never.
 * @internal
 */
export function createWeakMemo<K extends object, V>(): WeakMemo<K, V> {
  const entries = new WeakMap<K, V>();
  return {
    get: (key) => entries.get(key),
    set(key, value) {
      entries.set(key, value);
    },
    getOrCompute(key, compute) {
      if (entries.has(key)) return entries.get(key) as V;
      const value = compute();
      entries.set(key, value);
      return value;
    },
    delete: (key) => entries.delete(key),
  };
}

/**
 * A value built on first use and then kept: `once(build)` returns a function that calls `build`
 * the first time and returns that same value ever after (a throw keeps nothing). For what most
 * calls never need, such as the zod schemas that word errors: a well-formed input is read by hand,
 * so a process that only sees valid input never builds them. At module level write it
 * `/* @__PURE__ *\/ once(() => ...)`.
 *
 * @internal
 */
export function once<T>(build: () => T): () => T {
  let built = false;
  let value: T;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value;
  };
}
