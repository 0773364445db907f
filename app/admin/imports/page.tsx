import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/client";
import type { TableSummary } from "@/lib/imports/change-set";
import { listImports } from "@/lib/imports/queries";
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
        <table className="w-full border-collapse bg-white text-sm">
          <caption className="mb-2 text-left text-lg font-semibold">{t("list.caption")}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="px-2 py-1">{t("list.id")}</th>
              <th scope="col" className="px-2 py-1">{t("list.edition")}</th>
              <th scope="col" className="px-2 py-1">{t("list.staged")}</th>
              <th scope="col" className="px-2 py-1">{t("list.status")}</th>
              <th scope="col" className="px-2 py-1">{t("list.summary")}</th>
            </tr>
          </thead>
          <tbody>
            {imports.map((i) => {
              const partners = (i.summary as unknown as Record<string, TableSummary>).partners;
              return (
                <tr key={i.id} className="border-b border-slate-100 align-top">
                  <td className="px-2 py-1">{i.id}</td>
                  <td className="px-2 py-1">
                    <Link href={`/admin/imports/${i.id}`} className="text-brand-700 underline">
                      {i.title ?? i.sourceFile}
                    </Link>
                    <span className="block text-xs text-slate-600">{i.sourceFile}</span>
                  </td>
                  <td className="px-2 py-1">
                    <time dateTime={i.createdAt.toISOString()}>{format.dateTime(i.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
                    {i.createdBy && <span className="block text-xs text-slate-600">{i.createdBy.name ?? i.createdBy.email}</span>}
                  </td>
                  <td className="px-2 py-1">{t(`status.${i.status}`)}</td>
                  <td className="px-2 py-1">{partners ? t("summaryLine", { ...partners }) : "—"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
