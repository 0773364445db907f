import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/client";
import { DataTable } from "@/components/data-table/data-table";
import { listImports } from "@/lib/imports/queries";
import { importColumns } from "./_components/import-columns";
import { UploadForm } from "./_components/upload-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("imports");
  return { title: t("title"), robots: { index: false } };
}

export default async function ImportsPage() {
  await requireRole("admin", "/admin/imports");
  const [imports, t, format] = await Promise.all([listImports(getDb()), getTranslations("imports"), getFormatter()]);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-700">{t("intro")}</p>
        <p className="text-sm text-slate-600">
          <code>{t("cli")}</code>
        </p>
      </div>
      <UploadForm />
      {imports.length === 0 ? (
        <p className="text-sm text-slate-700">{t("list.empty")}</p>
      ) : (
        <section aria-labelledby="imports-title">
          <h2 id="imports-title" className="mb-2 text-lg font-semibold">
            {t("list.caption")}
          </h2>
          <DataTable
            data={imports}
            getRowId={(i) => String(i.id)}
            caption={t("list.caption")}
            columns={importColumns({
              header: (id) => t(`list.${id}`),
              status: (status) => t(`status.${status}`),
              summary: (partners) => t("summaryLine", { ...partners }),
              dateTime: (date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }),
            })}
          />
        </section>
      )}
    </div>
  );
}
