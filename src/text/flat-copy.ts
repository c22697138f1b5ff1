/** A flat copy of a string to keep as a cache key, shared by the library's memos and the command line's caches. */

/**
 * A flat copy of a string to keep as a cache key: V8 represents a slice of 13 characters or more
 * as a view of its parent, which a key would keep alive (a 64 kB chunk of a CSV file for a
 * 20-character product id).
 */
export function flatCopy(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}
