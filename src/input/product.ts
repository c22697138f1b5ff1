/** Reads the `product` of a case: Adobe Commerce under its catalog ids or a known alias, and look-alikes rejected with a suggestion. */

import * as z from "zod/mini";
import { adobeCommerceProductIds } from "../data/channels.js";
import { codeParams } from "../errors.js";
import { createMemo, once } from "../memo.js";
import { closest } from "../text/closest.js";
import { flatCopy } from "../text/flat-copy.js";
import { commerceProductAliases } from "./product-aliases.js";

/** A catalog id of Adobe Commerce. */
export type CommerceProductId = "commerce" | "commerce-managed-services";

/** What a product id means when it names Adobe Commerce. */
export interface CommerceProduct {
  /** The catalog id it is read as. */
  readonly id: CommerceProductId;
  /** The alias it was given as (normalised), or `undefined` for a catalog id. */
  readonly alias: string | undefined;
}

/** A product id trimmed, in lower case, with runs of spaces and underscores as one `-`. */
export function productForm(product: string): string {
  return product
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
}

/** The Adobe Commerce product a product id names (catalog id or alias); `undefined` for any other product. */
export function commerceProductOf(product: string | undefined): CommerceProduct | undefined {
  if (product === undefined) return undefined;
  let kind = productKinds.get(product);
  if (kind === undefined) {
    kind = kindOf(product);
    // A flat copy of the key: the text may be a slice of a larger one (a CSV chunk) that the
    // memo would otherwise keep alive.
    productKinds.set(flatCopy(product), kind);
  }
  return kind ?? undefined;
}

/**
 * The Commerce product of each product id seen, `null` for none (64 kB): a case's product is
 * read twice per call (its check, then the table), and a file of tickets repeats a few ids.
 */
const productKinds = /* @__PURE__ */ (() =>
  createMemo<string, CommerceProduct | null>({
    maxBytes: 64 * 1024,
    sizeOf: (product) => 2 * product.length + 64,
  }))();

/** {@link commerceProductOf} computed: the catalog id, or the alias it names, or `null`. */
function kindOf(product: string): CommerceProduct | null {
  const form = productForm(product);
  if ((adobeCommerceProductIds as readonly string[]).includes(form)) {
    return Object.freeze({ id: form as CommerceProductId, alias: undefined });
  }
  if (Object.hasOwn(commerceProductAliases, form)) {
    const id = commerceProductAliases[form as keyof typeof commerceProductAliases];
    return Object.freeze({ id, alias: form });
  }
  return null;
}

/**
 * Products already judged, by the text given: `null` for an accepted one, else why it is refused
 * (64 kB). Judging a product that is not Adobe Commerce compares it with every Commerce id and
 * alias, which costs more than the rest of reading a case.
 */
const judged = /* @__PURE__ */ (() =>
  createMemo<string, string | null>({
    maxBytes: 64 * 1024,
    sizeOf: (product, problem) => 2 * product.length + 2 * (problem?.length ?? 0),
  }))();

/**
 * Why a product id is refused: it names Adobe Commerce or Magento (it contains `commerce` or
 * `magento`, or is within two edits of a catalog id or an alias) but is neither a catalog id nor
 * an alias. `undefined` for an accepted product id.
 */
export function productProblem(product: string): string | undefined {
  if (commerceProductOf(product) !== undefined) return undefined;
  let problem = judged.get(product);
  if (problem === undefined) {
    problem = judge(product);
    judged.set(flatCopy(product), problem);
  }
  return problem ?? undefined;
}

/** {@link productProblem} for a product that is neither a catalog id nor an alias, or `null`. */
function judge(product: string): string | null {
  const form = productForm(product);
  const known = [...adobeCommerceProductIds, ...Object.keys(commerceProductAliases)];
  const guess = closest(form, known, { prefixes: false, maxDistance: 2 });
  if (guess === undefined && !/commerce|magento/.test(form)) return null;
  const id = guess === undefined ? undefined : (commerceProductOf(guess) as CommerceProduct).id;
  const hint = id === undefined ? "" : `did you mean "${id}"? Otherwise `;
  return `${JSON.stringify(product.slice(0, 60))} names Adobe Commerce or Magento but is not a product id the library knows: ${hint}pass "commerce" (Adobe Commerce) or "commerce-managed-services" (Adobe Commerce on Managed Services), or an alias listed in \`commerceProductAliases\``;
}

const productExpectation = 'expected a product id such as "commerce-managed-services"';

/**
 * The `product` field: a non-blank text. An id that contains `commerce` or `magento` must be a
 * catalog id or an alias of one (code `unknown_product` otherwise). The output is the text as
 * given; {@link commerceProductOf} reads it.
 */
export const productSchema = /* @__PURE__ */ once(() =>
  z.string({ error: productExpectation }).check(
    z.minLength(1, { error: productExpectation }),
    z.refine((product) => productProblem(product) === undefined, {
      error: (issue) => productProblem(String(issue.input)) ?? productExpectation,
      params: codeParams("unknown_product"),
    }),
  ),
);
