import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/guards";
import { createPartner } from "@/lib/partners/actions/partner";
import { PartnerForm } from "../_components/partner-form";
import { loadChoices } from "../_lib/load";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.edit");
  return { title: t("newTitle"), robots: { index: false } };
}

export default async function NewPartnerPage() {
  await requireRole("admin", "/admin/partners/new");
  const [choices, t] = await Promise.all([loadChoices(), getTranslations("admin.edit")]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("newTitle")}</h1>
      <PartnerForm action={createPartner} mode="create" partner={null} snapshot={null} regions={choices.regions} funders={choices.funders} />
    </div>
  );
}
