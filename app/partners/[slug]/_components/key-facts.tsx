import { useTranslations } from "@/lib/i18n/server-hooks";
import type { CapacityView, PartnerDetail } from "@/lib/partners/types";
import { FieldValue } from "@/components/fiche/field-value";
import { ProvenanceMark, SuggestLink, type ProvenanceContext } from "@/components/fiche/provenance-mark";
import { cardProvenance } from "@/lib/provenance/card";
import type { ProvenanceField } from "@/lib/provenance/fields";
import { useFormats } from "@/lib/i18n/formats-server";

/** The figures an officer looks for first, each with the sentence it was read from and where it comes from. */
export function KeyFacts({ partner, context }: { partner: PartnerDetail; context: ProvenanceContext }) {
  const t = useTranslations("partner");
  const notStated = useTranslations("common")("notStated");
  const formats = useFormats();

  const capacity = (c: CapacityView | null) => {
    if (!c) return <span className="text-slate-600">{notStated}</span>;
    const figure = formats.capacity(c);
    const part = c.per ? formats.term("parts", c.per) : null;
    return (
      <>
        {figure && (
          <p className="font-semibold" lang={figure.lang}>
            {figure.text}
          </p>
        )}
        {part && figure && !c.unlimited && (
          <p className="text-xs text-slate-600" lang={part.lang}>
            {t("facts.perNote", { part: part.text })}
          </p>
        )}
        <FieldValue value={c.text} className="text-sm text-slate-700" />
      </>
    );
  };

  // Each card names the typed fields it shows: its provenance mark is theirs (lib/provenance).
  const facts: Array<{ label: string; value: React.ReactNode; fields: ProvenanceField[] }> = [
    { label: t("facts.absorption"), value: capacity(partner.capacities.absorption), fields: ["capacities.absorption"] },
    { label: t("facts.total"), value: capacity(partner.capacities.total), fields: ["capacities.total"] },
    { label: t("facts.returnee"), value: capacity(partner.capacities.returnee), fields: ["capacities.returnee"] },
    {
      label: t("facts.insertion"),
      fields: ["insertionText", "insertionRate", "insertionYear"],
      value: partner.insertion ? (
        <>
          {partner.insertion.rate != null && (
            <p className="font-semibold">
              {formats.rate(partner.insertion.rate)}{" "}
              {partner.insertion.year != null && t("facts.insertionYear", { year: String(partner.insertion.year) })}
            </p>
          )}
          <FieldValue value={partner.insertion.text} className="text-sm text-slate-700" />
        </>
      ) : (
        <span className="text-slate-600">{notStated}</span>
      ),
    },
    {
      label: t("facts.returneeExperience"),
      fields: ["returneeExperience", "returneeEvidence"],
      value: (
        <>
          <p className="font-semibold">{t(`returnee.${partner.returneeExperience.value}`)}</p>
          {partner.returneeExperience.evidence && (
            <blockquote className="mt-1 border-l-2 border-brand-600 pl-2 text-sm italic text-slate-700" lang="fr">
              {partner.returneeExperience.evidence}
            </blockquote>
          )}
        </>
      ),
    },
    {
      label: t("facts.costs"),
      fields: ["costs"],
      value: partner.costs ? <FieldValue value={partner.costs} className="text-sm" /> : <span className="text-slate-600">{notStated}</span>,
    },
    { label: t("facts.structureType"), fields: ["structureType"], value: partner.structureType ? <span lang="fr">{partner.structureType}</span> : <span className="text-slate-600">{notStated}</span> },
    {
      label: t("facts.founded"),
      fields: ["founded"],
      value: partner.founded != null ? String(partner.founded) : <span className="text-slate-600">{notStated}</span>,
    },
  ];
  if (partner.supportTypes.length > 0) facts.push({ label: t("facts.supportTypes"), value: <span lang="fr">{partner.supportTypes.join(" ; ")}</span>, fields: ["supportTypes"] });
  if (partner.cityText || partner.cities.length > 0)
    facts.push({ label: t("facts.cities"), value: <span lang="fr">{partner.cityText ?? partner.cities.join(", ")}</span>, fields: ["cityText", "cities"] });

  return (
    <section aria-labelledby="key-facts" className="mt-6">
      <h2 id="key-facts" className="text-lg font-semibold">
        {t("facts.title")}
      </h2>
      {/* Cards styled by `.facts` (app/globals.css): ten of them would each carry the same classes twice (issue 8). */}
      <dl className="facts mt-2 grid gap-3 sm:grid-cols-2">
        {facts.map((f) => (
          <div key={f.label}>
            <dt>{f.label}</dt>
            <dd>
              {f.value}
              <ProvenanceMark origin={cardProvenance(partner.provenance, f.fields)} context={context} />
              <SuggestLink field={f.fields[0]} label={f.label} context={context} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
