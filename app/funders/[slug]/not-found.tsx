import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";

export default async function FunderNotFound() {
  const t = await getTranslations("funders");
  return (
    <div>
      <h1 className="text-2xl font-semibold">{t("detail.notFoundTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("detail.notFoundBody")}</p>
      <Link href="/funders" className="mt-4 inline-block text-brand-700 underline">
        {t("detail.back")}
      </Link>
    </div>
  );
}
