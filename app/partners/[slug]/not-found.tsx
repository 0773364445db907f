import { Link } from "@/lib/i18n/navigation";
import { useTranslations } from "@/lib/i18n/server-hooks";

export default function PartnerNotFound() {
  const t = useTranslations("partner");
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("notFound.title")}</h1>
      <p className="mt-2 text-slate-700">{t("notFound.body")}</p>
      <Link href="/partners" className="mt-6 inline-block text-brand-700 underline">
        {t("backToList")}
      </Link>
    </div>
  );
}
