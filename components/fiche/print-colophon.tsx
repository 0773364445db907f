import { headers } from "next/headers";
import { getLocale, getTranslations } from "@/lib/i18n/server-hooks";
import { getFormatter } from "@/lib/i18n/formats-server";
import { publicOrigin } from "@/lib/env";
import type { SourceLines } from "@/lib/directory/source-lines";
import type { EditionView } from "@/lib/provenance/provenance";
import { PrintDate } from "./print-date";

interface PrintColophonProps {
  /** The fiche's path ("/partners/cfps"): printed as an absolute address on the public site. */
  path: string;
  prefix: "FP" | "FA";
  number: number | null;
  lines: SourceLines;
  edition: EditionView | null;
  verifiedAt: string | null;
}

/**
 * What makes a printed fiche a document one can cite (issue 12): where it was
 * printed from and when, which report (and which lines of it) it comes from,
 * and when someone last confirmed it. Printed only; the screen shows the same
 * facts elsewhere.
 */
export async function PrintColophon({ path, prefix, number, lines, edition, verifiedAt }: PrintColophonProps) {
  const [t, format, locale, h] = await Promise.all([getTranslations("partner.printColophon"), getFormatter(), getLocale(), headers()]);
  const url = `${publicOrigin(`${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}`)}${path}`;
  const now = new Date();
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "long", timeZone: "Africa/Bamako" });
  const where =
    lines && number != null ? t("ficheLines", { prefix, number, start: lines[0], end: lines[1] }) : number != null ? t("fiche", { prefix, number }) : null;
  return (
    <div className="hidden border-b border-slate-400 pb-2 text-[9pt] leading-snug print:block" data-print-colophon>
      <p>
        <strong>{t("printed")}</strong> <PrintDate iso={now.toISOString().slice(0, 10)} text={format.dateTime(now, { dateStyle: "long", timeZone: "Africa/Bamako" })} locale={locale} />
        {" · "}
        <span className="break-all">{url}</span>
      </p>
      <p>
        <strong>{t("source")}</strong>{" "}
        {edition ? (
          <>
            <cite lang="fr">{edition.title}</cite>
            {edition.period.from && edition.period.to && <> ({t("interviews", { from: date(edition.period.from), to: date(edition.period.to) })})</>}
            {where && <>, {where}</>}
          </>
        ) : (
          t("noEdition")
        )}
        {". "}
        {verifiedAt ? t("verified", { date: date(verifiedAt) }) : t("notVerified")}
      </p>
    </div>
  );
}
