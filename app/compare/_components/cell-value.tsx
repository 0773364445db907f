import { Link } from "@/lib/i18n/navigation";
import { compareHref } from "@/lib/partners/compare-link";
import { getTranslations } from "next-intl/server";
import { contactsUnlock } from "@/lib/auth/contacts-access";
import type { CompareRow } from "@/lib/partners/compare";
import type { CapacityView, PartnerDetail } from "@/lib/partners/types";
import { FieldValue } from "@/components/fiche/field-value";
import { getFormats } from "@/lib/i18n/formats-server";

/** One partner's value on one row of the comparison; the caller has already handled "missing". */
export async function CellValue({ row, partner }: { row: CompareRow; partner: PartnerDetail }) {
  const tp = await getTranslations("partner");
  const tc = await getTranslations("compare");
  const tCategory = await getTranslations("categories");
  const formats = await getFormats();

  const capacity = (c: CapacityView) => {
    const figure = formats.capacity(c);
    return figure === null ? (
      <span lang="fr">{c.text}</span>
    ) : (
      <>
        <span lang={figure.lang}>{figure.text}</span>
        <span className="block text-xs text-slate-600" lang="fr">{c.text}</span>
      </>
    );
  };

  switch (row) {
    case "category":
      return <>{tCategory(partner.category)}</>;
    case "regions":
      return <>{[partner.national ? tp("national") : null, ...partner.regions.map((r) => r.name)].filter(Boolean).join(", ")}</>;
    case "absorption":
      return capacity(partner.capacities.absorption!);
    case "total":
      return capacity(partner.capacities.total!);
    case "returneeCapacity":
      return capacity(partner.capacities.returnee!);
    case "insertion": {
      const i = partner.insertion!;
      return (
        <>
          {i.rate != null && <span className="font-medium">{formats.rate(i.rate)}{i.year ? ` (${i.year})` : ""}</span>}
          <span className="block text-xs text-slate-600" lang="fr">{i.text}</span>
        </>
      );
    }
    case "returneeExperience":
      return (
        <>
          {tp(`returnee.${partner.returneeExperience.value}`)}
          {partner.returneeExperience.evidence && (
            <span className="block text-xs italic text-slate-600" lang="fr">{partner.returneeExperience.evidence}</span>
          )}
        </>
      );
    case "funders": {
      // A funder known only through the programme the fiche names reads "Banque mondiale (via PROCEJ)".
      const label = (f: PartnerDetail["funders"][number]) =>
        f.inferred && f.programme ? `${f.name} (${tp("funders.via", { programme: f.programme })})` : f.name;
      const current = partner.funders.filter((f) => f.current).map(label);
      const past = partner.funders.filter((f) => !f.current).map(label);
      return (
        <>
          <span lang="fr">{[...new Set(current)].join(", ")}</span>
          {past.length > 0 && (
            <span className="block text-xs text-slate-600" lang="fr">
              ({[...new Set(past)].join(", ")})
            </span>
          )}
        </>
      );
    }
    case "trainings":
      return (
        <ul className="list-inside list-disc text-xs" lang="fr">
          {partner.trainings.map((t, i) => (
            <li key={i}>{t.name}</li>
          ))}
        </ul>
      );
    case "costs":
      return <FieldValue value={partner.costs!} className="text-xs" />;
    case "structureType":
      return <span lang="fr">{partner.structureType}</span>;
    case "founded":
      return <>{partner.founded}</>;
    case "contacts": {
      const unlock = partner.contacts.hidden ? await contactsUnlock(compareHref([partner.slug])) : null;
      return unlock ? (
        <Link href={unlock.href} className="text-brand-700 underline">
          {tc(unlock.reason === "signIn" ? "contactsHidden" : "contactsChoosePassword", { count: partner.contacts.count })}
        </Link>
      ) : (
        <ul className="text-xs">
          {partner.contacts.items.map((c, i) => (
            <li key={i}>
              {[c.name, c.role].filter(Boolean).join(", ")}
              {c.phones.map((p) => ` · ${p.text}`).join("")}
              {c.emails.map((e) => ` · ${e}`).join("")}
            </li>
          ))}
        </ul>
      );
    }
  }
}
