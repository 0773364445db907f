import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { listDocuments, listInterviews } from "@/lib/sources/queries";
import { parseSourcesParams } from "@/lib/sources/schemas";
import { DocumentsTable } from "./_components/documents-table";
import { InterviewsTable } from "./_components/interviews-table";

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sources"))("title") };
}

/**
 * The report's own sources, searchable and sortable through the URL
 * (lib/sources/schemas.ts). proxy.ts has already answered a link holding a
 * value that cannot be read (400, naming it) or of the old `isort`/`idir`
 * form (redirect); here every parameter reads.
 */
export default async function SourcesPage({ searchParams }: Props) {
  const t = await getTranslations("sources");
  const { data: params } = parseSourcesParams(await searchParams);
  const [interviews, documents] = await Promise.all([
    listInterviews({ q: params.iq, sort: params.isort }),
    listDocuments({ q: params.dq, sort: params.dsort }),
  ]);
  return (
    <div>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 max-w-3xl text-slate-700">{t("intro")}</p>
      <InterviewsTable rows={interviews.items} total={interviews.total} params={params} />
      <DocumentsTable rows={documents.items} total={documents.total} params={params} />
    </div>
  );
}
