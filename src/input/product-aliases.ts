/** Other spellings of the Adobe Commerce product ids, and what each means (pure data). */

/**
 * Product ids that name Adobe Commerce under another spelling, with the catalog id each is read
 * as (see `adobeCommerceProductIds`). Matched after trimming, in any case, with spaces and
 * underscores read as `-` (`"Adobe Commerce"` is `"adobe-commerce"`). Any other product id that
 * contains `commerce` or `magento` is rejected with a suggestion, never read as another product.
 *
 * @example
 * ```ts
 * import { commerceProductAliases, responseDeadline } from "adobe-support-sla";
 * commerceProductAliases["magento-commerce-pro"] //=> "commerce-managed-services"
 * const request = { plan: "ultimate", priority: "P1", openedAt: "2026-11-23T09:00:00Z", termStart: "2024-01-01" } as const;
 * responseDeadline({ ...request, product: "Magento Commerce Pro" }).table.id //=> "commerce-managed-services"
 * ```
 * @category Catalog
 */
export const commerceProductAliases = /* @__PURE__ */ (() =>
  Object.freeze({
    /** Adobe Commerce, without the hosting: the `commerce` id. */
    "adobe-commerce": "commerce",
    /** The product's former name: `commerce`. */
    magento: "commerce",
    /** The product's former name: `commerce`. */
    "magento-commerce": "commerce",
    /** The full name of the managed offering: `commerce-managed-services`. */
    "adobe-commerce-on-managed-services": "commerce-managed-services",
    /** The managed offering: `commerce-managed-services`. */
    "adobe-commerce-managed-services": "commerce-managed-services",
    /** The managed offering: `commerce-managed-services`. */
    "commerce-on-managed-services": "commerce-managed-services",
    /** The managed offering's former name (Magento Commerce Pro): `commerce-managed-services`. */
    "magento-commerce-pro": "commerce-managed-services",
  } as const satisfies Record<string, "commerce" | "commerce-managed-services">))();
