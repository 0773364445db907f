import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { openApiDocument } from "@/lib/openapi/document";
import type { OpenApiParameter } from "@/lib/openapi/parameters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("exchange"))("title") };
}

interface Operation {
  summary: string;
  parameters?: OpenApiParameter[];
  responses: Record<string, { description: string; content?: Record<string, unknown> }>;
}

/** A parameter's type in a few words: "integer 1–100", "one of: json, csv", "string, ≤ 200". */
function typeText(p: OpenApiParameter, repeatable: string): string {
  const s = p.schema as { type?: string; enum?: string[]; minimum?: number; maximum?: number; maxLength?: number; pattern?: string; items?: { type?: string; enum?: string[] } };
  const base = s.type === "array" ? s.items : s;
  const words = base?.enum ? base.enum.join(" | ") : (base?.type ?? "string");
  const range = s.minimum !== undefined || s.maximum !== undefined ? ` ${s.minimum ?? ""}–${s.maximum ?? ""}` : "";
  const length = s.maxLength ? ` ≤ ${s.maxLength}` : "";
  return `${words}${range}${length}${s.type === "array" ? ` (${repeatable})` : ""}`;
}

/**
 * The exchange formats to download and the API reference, rendered on the
 * server from the same OpenAPI document the API serves: no client code.
 */
export default async function ApiDocsPage() {
  const t = await getTranslations("exchange");
  // Paths only on this page: the server URL does not matter.
  const doc = openApiDocument("");
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
                <div role="region" aria-label={`${t("reference.parameters")}: GET ${path}`} tabIndex={0} className="mt-2 overflow-x-auto">
                  <table className="min-w-full text-left text-sm">
                    <caption className="sr-only">{`${t("reference.parameters")}: GET ${path}`}</caption>
                    <thead className="bg-slate-50 text-slate-700">
                      <tr>
                        <th scope="col" className="px-2 py-1">{t("reference.name")}</th>
                        <th scope="col" className="px-2 py-1">{t("reference.type")}</th>
                        <th scope="col" className="px-2 py-1">{t("reference.description")}</th>
                      </tr>
                    </thead>
                    <tbody className="divide-y divide-slate-100 align-top">
                      {get.parameters.map((p) => (
                        <tr key={`${p.in}-${p.name}`}>
                          <th scope="row" className="px-2 py-1 font-mono font-normal">
                            {p.name}
                            {p.in === "path" && <span className="ml-1 text-xs text-slate-600">({p.in})</span>}
                          </th>
                          <td className="px-2 py-1 font-mono text-xs">{typeText(p, t("reference.repeatable"))}</td>
                          <td className="px-2 py-1" lang="en">
                            {p.description}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
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
