import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PartnerCategory as PrismaCategory } from "../../db/generated/enums";
import { PARTNER_CATEGORIES, categoryKey, categorySlug, isPartnerCategory } from "./categories";

describe("the partner categories", () => {
  it("are the database enum's values, in the same order", () => {
    expect(Object.values(PrismaCategory).map(categorySlug)).toEqual([...PARTNER_CATEGORIES]);
  });

  it("convert between the slug and Prisma's enum key both ways", () => {
    for (const slug of PARTNER_CATEGORIES) expect(categorySlug(categoryKey(slug))).toBe(slug);
    expect(categoryKey("vocational-training")).toBe("vocational_training");
    // A raw query returns the stored value, already a slug.
    expect(categorySlug("key-actor")).toBe("key-actor");
    expect(isPartnerCategory("ngo")).toBe(true);
    expect(isPartnerCategory("ngo_")).toBe(false);
  });

  it.each(["fr", "en"])("have one label each in the %s messages, and no other", (locale) => {
    const file = path.join(__dirname, "../../i18n/messages", locale, "categories.json");
    const labels = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
    expect(Object.keys(labels)).toEqual([...PARTNER_CATEGORIES]);
    for (const label of Object.values(labels)) expect(label.trim()).not.toBe("");
  });
});
