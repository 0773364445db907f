import { useTranslations } from "@/lib/i18n/server-hooks";
import { useFormatter } from "@/lib/i18n/formats-server";
import type { PartnerDetail } from "@/lib/partners/types";

/**
 * "Vérifiée le 28 novembre 2026" or "not verified since the report" (issue 10).
 * The note says how it was checked and may name a person: signed-in viewers only.
 */
export function VerificationStatus({ partner, signedIn }: { partner: PartnerDetail; signedIn: boolean }) {
  const t = useTranslations("partner");
  const format = useFormatter();
  if (!partner.verifiedAt) return <p className="mt-3 text-sm text-slate-600">{t("notVerified")}</p>;
  const note = signedIn ? partner.verification?.note : null;
  return (
    <p className="mt-3 text-sm text-slate-800" data-verified={partner.verifiedAt}>
      <span aria-hidden="true" className="text-brand-700">
        ✓{" "}
      </span>
      {t("verifiedOn", { date: format.dateTime(new Date(partner.verifiedAt), { dateStyle: "long" }) })}
      {note && <span className="text-slate-600"> {t("verifiedNote", { note })}</span>}
    </p>
  );
}
