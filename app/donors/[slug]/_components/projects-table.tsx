import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table/data-table";
import { getFormats } from "@/lib/i18n/formats-server";
import type { DonorDetail } from "@/lib/donors/types";
import { projectColumns } from "./project-columns";

/** The donor's projects: theme, years, zones and budget (figure and the text it was read from). */
export async function ProjectsTable({ donor }: { donor: DonorDetail }) {
  const [t, formats] = await Promise.all([getTranslations("donors.projects"), getFormats()]);
  return (
    <section aria-labelledby="projects-title" className="mt-6">
      <h2 id="projects-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {donor.projects.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">{t("none")}</p>
      ) : (
        <div className="mt-2">
          <DataTable
            data={donor.projects}
            getRowId={(_, i) => String(i)}
            caption={t("caption", { name: donor.displayName })}
            columns={projectColumns(
              {
                header: (id) => t(id),
                summary: t("summary"),
                budgetParts: t("budgetParts"),
                noBudget: t("noBudget"),
                money: formats.money,
                partSeparator: formats.locale === "fr" ? " : " : ": ",
              },
              donor.number,
            )}
          />
        </div>
      )}
    </section>
  );
}
