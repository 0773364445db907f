import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ColumnChooser } from "@/components/data-table/column-chooser";
import { Pagination } from "@/components/data-table/pagination";
import { getViewer } from "@/lib/auth/viewer";
import { DEFAULT_COLUMNS, DEFAULT_FILTERS, PARTNER_COLUMNS, parsePartnerFilters, partnerFiltersToParams } from "@/lib/partners/filters";
import { anonymousPartnerFacets, anonymousPartnerList } from "@/lib/partners/cached";
import { getPartnerFacets, listPartners } from "@/lib/partners/queries";
import { serializePartnerList } from "@/lib/partners/serializers";
import { EmptyResults } from "./_components/empty-results";
import { ExportLinks } from "./_components/export-links";
import { FilterForm } from "./_components/filter-form";
import { PartnersTable } from "./_components/partners-table";
import { SearchBox } from "./_components/search-box";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("partners");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The directory: every piece of state (search, filters, sort, page, columns) is
 * in the URL, parsed by the same schema as the API, so a link reproduces the view.
 */
export default async function PartnersPage({ searchParams }: { searchParams: SearchParams }) {
  const t = await getTranslations("partners");
  const parsed = parsePartnerFilters(await searchParams);
  // A bad link still shows the directory (the default view) with what was wrong.
  const filters = parsed.success ? parsed.data : DEFAULT_FILTERS;
  const viewer = await getViewer();
  // Anonymous visitors share a briefly cached answer (lib/partners/cached.ts); page and facets run side by side.
  const [list, facets] = await Promise.all(
    viewer ? [listPartners(filters, viewer), getPartnerFacets(filters, viewer)] : [anonymousPartnerList(filters), anonymousPartnerFacets(filters)],
  );
  const { items, total } = serializePartnerList(list);

  const href = (overrides: Parameters<typeof partnerFiltersToParams>[1]) => {
    const query = partnerFiltersToParams(filters, overrides).toString();
    return query ? `/partners?${query}` : "/partners";
  };
  const visibleColumns = filters.columns ?? [...DEFAULT_COLUMNS];
  const pageCount = Math.max(1, Math.ceil(total / filters.pageSize));
  const from = total === 0 ? 0 : (filters.page - 1) * filters.pageSize + 1;
  const to = Math.min(total, filters.page * filters.pageSize);
  // What a filter change keeps: the sort, page size and columns (the page goes back to 1).
  const keep = [
    ...partnerFiltersToParams({
      ...DEFAULT_FILTERS,
      sort: filters.sort === "relevance" ? "name" : filters.sort,
      pageSize: filters.pageSize,
      columns: filters.columns,
    }),
  ];
  const clearHref = href({ ...DEFAULT_FILTERS, pageSize: filters.pageSize, columns: filters.columns });

  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="text-sm text-slate-700">{t("intro")}</p>
      </header>

      {!parsed.success && (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("invalidParam", { param: parsed.error.param, message: parsed.error.message })}
        </p>
      )}

      <SearchBox q={filters.q} />

      <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
        <aside className="no-print">
          <h2 className="mb-2 text-lg font-semibold">{t("filters.title")}</h2>
          <FilterForm filters={filters} facets={facets} keep={keep} />
          <a href={clearHref} className="mt-3 inline-block text-sm text-brand-700 underline">
            {t("filters.clear")}
          </a>
        </aside>

        <section aria-labelledby="partner-results" className="min-w-0 space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="partner-results" className="text-base font-semibold" aria-live="polite">
              {t("results", { total })}
              {total > 0 && <span className="ml-2 text-sm font-normal text-slate-600">{t("resultsRange", { from, to, total })}</span>}
            </h2>
            <div className="no-print flex flex-wrap items-center gap-3">
              <ExportLinks filters={filters} total={total} viewer={viewer} />
              <ColumnChooser
                action="/partners"
                params={partnerFiltersToParams(filters, { columns: null }).toString()}
                options={PARTNER_COLUMNS.map((id) => ({ id, label: t(`columns.${id}`), required: id === "name" }))}
                visible={visibleColumns}
                labels={{ summary: t("columns.choose"), apply: t("columns.apply") }}
              />
            </div>
          </div>

          {items.length === 0 ? (
            <EmptyResults filters={filters} clearHref={clearHref} />
          ) : (
            <PartnersTable items={items} filters={filters} visibleColumns={visibleColumns} />
          )}

          <Pagination
            page={filters.page}
            pageCount={pageCount}
            hrefFor={(page) => href({ page })}
            labels={{
              nav: t("pagination.label"),
              previous: t("pagination.previous"),
              next: t("pagination.next"),
              status: t("pagination.page", { page: filters.page, pageCount }),
              goTo: (page) => t("pagination.goTo", { page }),
            }}
          />
        </section>
      </div>
    </div>
  );
}
