import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { openApiDocument } from "@/lib/openapi/document";
import type { OpenApiParameter } from "@/lib/openapi/parameters";
import { DataTable } from "@/components/data-table/data-table";
import { parameterColumns } from "./_components/parameter-columns";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("exchange"))("title") };
}

interface Operation {
  summary: string;
  parameters?: OpenApiParameter[];
  responses: Record<string, { description: string; content?: Record<string, unknown> }>;
}

/**
 * The exchange formats to download and the API reference, rendered on the
 * server from the same OpenAPI document the API serves: no client code.
 */
export default async function ApiDocsPage() {
  const t = await getTranslations("exchange");
  // Paths only on this page: the server URL does not matter.
  const doc = openApiDocument("");
  const columns = parameterColumns({
    name: t("reference.name"),
    type: t("reference.type"),
    description: t("reference.description"),
    repeatable: t("reference.repeatable"),
  });
  const operations = Object.entries(doc.paths as Record<string, { get: Operation }>);
  const downloads = [
    { href: "/api/hsds/datapackage", label: t("downloads.hsds"), hint: t("downloads.hsdsHint") },
    { href: "/api/hxl/who-does-what-where", label: t("downloads.hxl"), hint: t("downloads.hxlHint") },
    { href: "/api/hsds/organizations", label: t("downloads.hsdsApi"), hint: null },
    { href: "/api/v1/openapi.json", label: t("downloads.openapi"), hint: null },
  ];
  return (
    <div className="max-w-5xl">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 max-w-3xl text-slate-700">{t("intro")}</p>
      <section aria-labelledby="downloads" className="mt-6">
        <h2 id="downloads" className="text-lg font-semibold">
          {t("downloads.title")}
        </h2>
        <ul className="mt-2 space-y-3">
          {downloads.map((d) => (
            <li key={d.href}>
              {/* Plain links: downloads and JSON, not pages for the client router. */}
              <a href={d.href} className="font-medium text-brand-700 underline">
                {d.label}
              </a>
              <code className="ml-2 break-all text-xs text-slate-600">{d.href}</code>
              {d.hint && <p className="text-sm text-slate-700">{d.hint}</p>}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="reference" className="mt-8">
        <h2 id="reference" className="text-lg font-semibold">
          {t("reference.title")}
        </h2>
        <p className="text-sm text-slate-700">{t("reference.intro")}</p>
        {/* The reference's own text is English (technical); the interface around it follows the locale. */}
        <div className="mt-3 space-y-4">
          {operations.map(([path, { get }]) => (
            <section key={path} aria-label={`GET ${path}`} className="rounded border border-slate-200 bg-white p-3">
              <h3 className="break-all font-mono text-sm font-semibold">
                <span className="mr-2 rounded bg-brand-100 px-1.5 py-0.5 text-brand-800">GET</span>
                {path}
              </h3>
              <p className="mt-1 text-sm text-slate-800" lang="en">
                {get.summary}
              </p>
              {get.parameters?.length ? (
                <div className="mt-2">
                  <DataTable
                    data={get.parameters}
                    columns={columns}
                    getRowId={(p) => `${p.in}-${p.name}`}
                    caption={`${t("reference.parameters")}: GET ${path}`}
                  />
                </div>
              ) : null}
              <p className="mt-2 text-xs text-slate-700">
                <span className="font-medium">{t("reference.responses")}</span>{" "}
                <span lang="en">
                  {Object.entries(get.responses)
                    .map(([code, r]) => `${code} ${r.description}`)
                    .join(" · ")}
                </span>
              </p>
            </section>
          ))}
        </div>
      </section>
    </div>
  );
}
