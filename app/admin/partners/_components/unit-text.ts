/**
 * A merge unit (lib/partners/conflict-merge.ts) as words, for the side-by-side
 * view of a conflict: its label, and its value in one version as plain text.
 */
import { useTranslations } from "next-intl";
import { unitValue, type MergeUnit } from "@/lib/partners/conflict-merge";
import type { CapacitySnapshot, ContactSnapshot, FundingSnapshot, PartnerSnapshot, TrainingSnapshot } from "@/lib/partners/history";
import { categorySlug } from "@/lib/fiches/values/categories";
import type { Choice as RegionChoice } from "../_lib/load";

export function useUnitText(regions: readonly RegionChoice[]) {
  const t = useTranslations("admin.edit");
  const tCategory = useTranslations("categories");
  const regionName = new Map(regions.map((r) => [r.slug, r.name]));

  function label(unit: MergeUnit, snapshot: PartnerSnapshot): string {
    switch (unit.kind) {
      case "scalar":
      case "collection":
        return unit.kind === "collection" && unit.id !== "regions" ? t(`fieldsets.${unit.id}`) : t(`fields.${unit.id}`);
      case "capacity":
        return t(`capacity.${unit.capacity}`);
      case "sectionField": {
        const section = snapshot.sections[unit.section];
        return `${t("fieldsets.sections")} › ${section?.heading ?? ""} › ${section?.fields[unit.field]?.label ?? ""}`;
      }
      case "sections":
        return t("fieldsets.sections");
    }
  }

  const capacity = (c: CapacitySnapshot | null) =>
    c
      ? [
          c.text,
          [c.min != null ? `${t("capacity.min")} ${c.min}` : null, c.max != null ? `${t("capacity.max")} ${c.max}` : null, c.unit, c.period ? t(`capacity.periods.${c.period}`) : null, c.unlimited ? t("capacity.unlimited") : null]
            .filter(Boolean)
            .join(" · "),
        ]
          .filter(Boolean)
          .join("\n")
      : "";

  function value(unit: MergeUnit, snapshot: PartnerSnapshot): string {
    const v = unitValue(snapshot, unit);
    switch (unit.kind) {
      case "scalar":
        if (unit.id === "category") return tCategory(categorySlug(v as PartnerSnapshot["scalars"]["category"]));
        if (unit.id === "returneeExperience") return t(`returnees.${v as string}`);
        if (typeof v === "boolean") return v ? t("conflictYes") : t("conflictNo");
        return Array.isArray(v) ? v.join("\n") : v == null ? "" : String(v);
      case "capacity":
        return capacity(v as CapacitySnapshot | null);
      case "collection":
        if (unit.id === "regions") return (v as string[]).map((slug) => regionName.get(slug) ?? slug).join(", ");
        if (unit.id === "trainings")
          return (v as TrainingSnapshot[]).map((tr) => (tr.durationMonths != null ? `${tr.name} (${tr.durationMonths} ${t("conflictMonths")})` : tr.name)).join("\n");
        if (unit.id === "fundings")
          return (v as FundingSnapshot[]).map((f) => [f.funderName, f.programme, f.current ? null : t("conflictPast")].filter(Boolean).join(" · ")).join("\n");
        return (v as Array<Omit<ContactSnapshot, "phones"> & { phones: string[] }>)
          .map((c) => [c.name, c.role, ...c.phones, ...c.emails].filter(Boolean).join(" · "))
          .join("\n");
      case "sectionField":
        return (v as string | null) ?? "";
      case "sections":
        return snapshot.sections.map((s) => `${s.heading}\n${s.fields.map((f) => `${f.label} : ${f.value}`).join("\n")}`).join("\n\n");
    }
  }

  return { label, value };
}
