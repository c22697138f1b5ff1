/** The keys and values of one NDJSON line that holds a flat JSON object, read without `JSON.parse` so that short values are not interned. */

/** Any character that needs `JSON.parse`: an escape, or a control character (tab between tokens included). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
const NEEDS_JSON_PARSE = /[\\\u0000-\u001f]/;
/** A JSON number, at the sticky position. */
const JSON_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** A key `JSON.parse` would move ahead of the others (an array index: `Object.keys` lists those first). */
const INDEX_KEY = /^(?:0|[1-9]\d*)$/;

const skipSpaces = (text: string, from: number): number => {
  let p = from;
  while (text.charCodeAt(p) === 32) p += 1;
  return p;
};

/** Reads the JSON value at `p` (a string without escapes, a number, true, false or null) into `out`; the position after it, or -1. */
function readValue(text: string, p: number, out: unknown[]): number {
  const c = text.charCodeAt(p);
  if (c === 34) {
    const end = text.indexOf('"', p + 1);
    if (end < 0) return -1;
    out.push(text.slice(p + 1, end));
    return end + 1;
  }
  const word = c === 116 ? "true" : c === 102 ? "false" : c === 110 ? "null" : undefined;
  if (word !== undefined) {
    if (!text.startsWith(word, p)) return -1;
    out.push(c === 116 ? true : c === 102 ? false : null);
    return p + word.length;
  }
  JSON_NUMBER.lastIndex = p;
  const number = JSON_NUMBER.exec(text);
  if (number === null) return -1;
  out.push(Number(number[0]));
  return p + number[0].length;
}

/**
 * Fills `out` with key, value, key, value... of the object on `line` and returns true, when the
 * line is one flat JSON object (string, number, boolean and null values; no escapes, no nested
 * values, no array-index keys): folded into a map, the same keys, order and values as
 * `JSON.parse(line)` (a repeated key comes twice; `JSON.parse` keeps its first place and last
 * value). Otherwise returns false, and the caller uses `JSON.parse` (which also writes the error
 * message). `keys`, the keys of the previous line (updated), saves building a key string that
 * repeats at the same place. Why: `JSON.parse` interns every string value of up to ten characters
 * (ticket ids, dates), in the old generation, which made a million-row NDJSON report peak some
 * 30 MB higher than the same rows as CSV.
 *
 * @example
 * ```ts
 * const out: unknown[] = [];
 * flatObjectEntries('{"ticket":"T1","n":2}', out, []) //=> true
 * out //=> ["ticket", "T1", "n", 2]
 * ```
 */
export function flatObjectEntries(line: string, out: unknown[], keys: string[]): boolean {
  out.length = 0;
  if (NEEDS_JSON_PARSE.test(line)) return false;
  let p = skipSpaces(line, 0);
  if (line.charCodeAt(p) !== 123) return false;
  p = skipSpaces(line, p + 1);
  if (line.charCodeAt(p) === 125) return skipSpaces(line, p + 1) === line.length;
  for (let k = 0; ; k++) {
    if (line.charCodeAt(p) !== 34) return false;
    let key = keys[k];
    let end = key === undefined ? -1 : p + 1 + key.length;
    if (key === undefined || line.charCodeAt(end) !== 34 || !line.startsWith(key, p + 1)) {
      end = line.indexOf('"', p + 1);
      if (end < 0) return false;
      key = line.slice(p + 1, end);
      const first = key.charCodeAt(0);
      if (first >= 48 && first <= 57 && INDEX_KEY.test(key)) return false;
      keys[k] = key;
    }
    out.push(key);
    p = skipSpaces(line, end + 1);
    if (line.charCodeAt(p) !== 58) return false;
    p = readValue(line, skipSpaces(line, p + 1), out);
    if (p < 0) return false;
    p = skipSpaces(line, p);
    const c = line.charCodeAt(p);
    if (c === 125) return skipSpaces(line, p + 1) === line.length;
    if (c !== 44) return false;
    p = skipSpaces(line, p + 1);
  }
}
