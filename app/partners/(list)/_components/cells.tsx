import { useFormatter, useTranslations } from "next-intl";
import type { Passage } from "@/lib/partners/passage";
import type { PartnerListItem } from "@/lib/partners/types";
import { useFormats } from "@/components/i18n/use-formats";

/** The matching passage, with <mark> built by React: fiche text is never parsed as HTML. */
export function PassageText({ passage, label }: { passage: Passage; label: string }) {
  const parts: React.ReactNode[] = [];
  let last = 0;
  passage.marks.forEach(([start, end], i) => {
    if (start > last) parts.push(passage.text.slice(last, start));
    parts.push(
      <mark key={i} className="rounded-sm bg-accent-500/30 px-0.5 text-slate-900">
        {passage.text.slice(start, end)}
      </mark>,
    );
    last = end;
  });
  parts.push(passage.text.slice(last));
  return (
    <p className="mt-1 max-w-prose text-xs text-slate-600">
      <span className="sr-only">{label} : </span>…{parts}…
    </p>
  );
}

/** The fiche's number in the report ("n° 12" / "no. 12"). */
export function FicheNumber({ number, className }: { number: number; className?: string }) {
  const t = useTranslations("partners.table");
  return <span className={className}>{t("number", { number })}</span>;
}

export function RegionsCell({ item }: { item: PartnerListItem }) {
  const t = useTranslations("partners");
  if (!item.national && item.regions.length === 0) return <span className="text-slate-500">{t("notStated")}</span>;
  return (
    <div className="flex flex-wrap gap-1">
      {item.national && (
        <span title={t("nationalHint")} className="rounded bg-brand-100 px-1.5 py-0.5 text-xs font-semibold text-brand-800">
          {t("national")}
        </span>
      )}
      {/* What the flag rests on, in the fiche's words ("Ville : National"). */}
      {item.national && item.nationalText && (
        <q lang="fr" className="text-xs text-slate-600">
          {item.nationalText}
        </q>
      )}
      {item.regions.length > 0 && <span>{item.regions.map((r) => r.name).join(", ")}</span>}
    </div>
  );
}

export function CapacityCell({ item }: { item: PartnerListItem }) {
  const t = useTranslations("partners");
  const tp = useTranslations("partner");
  const formats = useFormats();
  const c = item.absorptionCapacity;
  if (!c) return <span className="text-slate-500">{t("notStated")}</span>;
  if (c.unlimited) return <span>{t("unlimited")}</span>;
  const figure = formats.range(c.min, c.max);
  // No figure could be read: the fiche's words are the answer.
  if (figure === null) return <span className="text-xs text-slate-700" lang="fr">{c.text}</span>;
  const unit = c.unit ? formats.term("units", c.unit) : null;
  const part = c.per ? formats.term("parts", c.per) : null;
  return (
    <span>
      <span className="font-medium tabular-nums">{figure}</span>
      {unit && (
        <span className="text-xs text-slate-600" lang={unit.lang}>
          {" "}
          {unit.text}
        </span>
      )}
      {/* "25 apprenants par groupe" is not a total: say so where the figure is read. */}
      {part && (
        <span className="text-xs text-slate-600" lang={part.lang}>
          {" "}
          {tp("facts.per", { part: part.text })}
        </span>
      )}
    </span>
  );
}

/** Capacity to take in returning migrants: its figure when the fiche gives one, else the first words of its sentence. */
export function ReturneeCapacityCell({ item }: { item: PartnerListItem }) {
  const t = useTranslations("partners");
  const formats = useFormats();
  const c = item.returneeCapacity;
  if (!c) return <span className="text-slate-500">{t("notStated")}</span>;
  const figure = formats.capacity(c);
  return (
    <span className="block min-w-48 max-w-72 text-xs text-slate-700">
      {figure && (
        <span className="block text-sm font-medium text-slate-900" lang={figure.lang}>
          {figure.text}
        </span>
      )}
      <span lang="fr">{c.summary}</span>
    </span>
  );
}

export function InsertionCell({ item }: { item: PartnerListItem }) {
  const t = useTranslations("partners");
  const formats = useFormats();
  const rate = item.insertion?.rate;
  if (rate === null || rate === undefined) return <span className="text-slate-500">{t("notStated")}</span>;
  return (
    <span className="tabular-nums">
      {formats.rate(rate, 1)}
      {item.insertion?.year && <span className="text-xs text-slate-600"> ({item.insertion.year})</span>}
    </span>
  );
}

const RETURNEE_STYLE: Record<string, string> = {
  yes: "bg-brand-700 text-white",
  past: "bg-brand-100 text-brand-800",
  no: "bg-slate-200 text-slate-800",
  unknown: "bg-white text-slate-600 border border-slate-300",
};

export function ReturneesBadge({ value }: { value: PartnerListItem["returneeExperience"] }) {
  const t = useTranslations("partners.returnees");
  return <span className={`inline-block rounded px-1.5 py-0.5 text-xs ${RETURNEE_STYLE[value]}`}>{t(value)}</span>;
}

export function FundersCell({ item, max = 3 }: { item: PartnerListItem; max?: number }) {
  const t = useTranslations("partners.table");
  if (!item.funders.length) return <span className="text-slate-500">—</span>;
  // A funder known only through the programme the fiche names reads "Banque mondiale (via PROCEJ)".
  const label = (f: PartnerListItem["funders"][number]) =>
    f.inferred && f.programme ? `${f.name} (${t("via", { programme: f.programme })})` : f.name;
  const shown = item.funders.slice(0, max).map(label);
  const rest = item.funders.length - shown.length;
  return (
    <span title={item.funders.map(label).join(", ")}>
      {/* Funders by the names the report gives them ("Banque mondiale"). */}
      <span lang="fr">{shown.join(", ")}</span>
      {rest > 0 && <span className="text-xs text-slate-600"> {t("moreFunders", { count: rest })}</span>}
    </span>
  );
}

/** When an admin last confirmed the fiche (issue 10): a date, or "never" since the report. */
export function VerifiedCell({ item }: { item: PartnerListItem }) {
  const t = useTranslations("partners.table");
  const format = useFormatter();
  if (!item.verifiedAt) return <span className="text-slate-500">{t("neverVerified")}</span>;
  return (
    <time dateTime={item.verifiedAt} className="tabular-nums">
      {format.dateTime(new Date(item.verifiedAt), { dateStyle: "medium" })}
    </time>
  );
}
