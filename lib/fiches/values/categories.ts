/**
 * The partner categories: the one list every layer spells them from. The
 * parser classifies a fiche's heading into one of them (../report.ts), the
 * database stores them as the `PartnerCategory` enum (prisma/schema/directory.prisma,
 * whose `@map`s are these slugs), the URL, the API and the exports use the
 * slugs, and the interface names them through the `categories` messages
 * (lib/i18n/messages/<locale>/categories.json, keyed by slug).
 *
 * Adding a category: this list (in the report's order), the Prisma enum and a
 * migration, the heading rule in ../report.ts, and one label per locale.
 */

/** In the report's order (section 2.1 … 3): the order of filters, matrix columns and exports. */
export const PARTNER_CATEGORIES = [
  "vocational-training",
  "incubator",
  "public-institution",
  "ngo",
  "finance",
  "key-actor",
  "wage-employment",
  "vulnerable-protection",
] as const;

/** A category as the report, the URL and the API spell it: "vocational-training". */
export type PartnerCategory = (typeof PARTNER_CATEGORIES)[number];

type Underscored<S extends string> = S extends `${infer A}-${infer B}` ? `${A}_${Underscored<B>}` : S;

/** A category as Prisma's client spells the enum key ("vocational_training"): identifiers have no hyphen. */
export type PartnerCategoryKey = Underscored<PartnerCategory>;

export function isPartnerCategory(value: string): value is PartnerCategory {
  return (PARTNER_CATEGORIES as readonly string[]).includes(value);
}

/**
 * The slug of a category read from the database: Prisma's enum key
 * ("vocational_training") or the stored value a raw query returns ("vocational-training").
 */
export function categorySlug(category: PartnerCategoryKey | PartnerCategory): PartnerCategory {
  return category.replace(/_/g, "-") as PartnerCategory;
}

/** The Prisma enum key of a category slug, for writes. */
export function categoryKey(category: PartnerCategory): PartnerCategoryKey {
  return category.replace(/-/g, "_") as PartnerCategoryKey;
}
