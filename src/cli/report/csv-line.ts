/** One CSV line read on its own: its delimiter, its cells, and the quote it leaves open. */

export const QUOTE = 34;

/** The delimiters {@link detectDelimiter} chooses from, in order of preference on a tie. */
export const csvDelimiters = [",", ";", "\t"] as const;

/**
 * The delimiter of a CSV file from its header line: whichever of `,` `;` and tab occurs most often
 * outside quotes (`,` on a tie or when none occurs).
 *
 * @example
 * ```ts
 * detectDelimiter("ticket;plan;priority") //=> ";"
 * ```
 */
export function detectDelimiter(headerLine: string): string {
  const counts = [0, 0, 0];
  let quoted = false;
  for (let i = 0; i < headerLine.length; i++) {
    const c = headerLine[i] as string;
    if (c === '"') quoted = !quoted;
    else if (!quoted) {
      const at = (csvDelimiters as readonly string[]).indexOf(c);
      if (at >= 0) counts[at] = (counts[at] as number) + 1;
    }
  }
  let best = 0;
  for (let i = 1; i < counts.length; i++)
    if ((counts[i] as number) > (counts[best] as number)) best = i;
  return csvDelimiters[best] as string;
}

/** The cells of one physical line read alone: an unclosed quoted field runs to the line's end. */
export function lineCells(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let p = 0;
  for (;;) {
    let from = p;
    if (line.charCodeAt(p) === QUOTE) {
      const close = closingQuote(line, p + 1);
      if (close < 0) {
        cells.push(line.slice(p));
        return cells;
      }
      if (close + 1 === line.length || line[close + 1] === delimiter) {
        cells.push(unquote(line, p + 1, close));
        if (close + 1 === line.length) return cells;
        p = close + 2;
        continue;
      }
      from = close + 1;
    }
    const end = line.indexOf(delimiter, from);
    if (end < 0) {
      cells.push(line.slice(p));
      return cells;
    }
    cells.push(line.slice(p, end));
    p = end + 1;
  }
}

/** The field and column of the quote left open at the end of `line` (read alone), or "a quoted field". */
export function openQuote(line: string, delimiter: string, names: readonly string[]): string {
  let field = 0;
  for (let p = 0; p < line.length; field++) {
    if (line.charCodeAt(p) === QUOTE) {
      const close = closingQuote(line, p + 1);
      if (close < 0) return `${fieldName(field, names)}: the quote at column ${p + 1}`;
      p = close + 1;
    }
    const end = line.indexOf(delimiter, p);
    if (end < 0) break;
    p = end + 1;
  }
  return "a quoted field";
}

/** Index of the quote that closes a field opened before `from` (`""` is a quote inside), or -1. */
export function closingQuote(text: string, from: number): number {
  for (let at = text.indexOf('"', from); at >= 0; at = text.indexOf('"', at + 2)) {
    if (text.charCodeAt(at + 1) !== QUOTE) return at;
  }
  return -1;
}

/** The text of a quoted field between `from` and `to`, `""` read as `"`. */
export function unquote(text: string, from: number, to: number): string {
  const cell = text.slice(from, to);
  return cell.includes('""') ? cell.replaceAll('""', '"') : cell;
}

/** `field 3 (\`subject\`)`, or `field 3` when the header is not known. */
export function fieldName(index: number, names: readonly string[]): string {
  const name = names[index];
  return name === undefined ? `field ${index + 1}` : `field ${index + 1} (\`${name}\`)`;
}
