import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server-hooks";
import { ColumnChooser } from "@/components/data-table/column-chooser";
import { Pagination } from "@/components/data-table/pagination";
import { getViewer } from "@/lib/auth/viewer";
import { getLocalize } from "@/lib/i18n/navigation";
import {
  DEFAULT_COLUMNS,
  DEFAULT_FILTERS,
  PARTNER_COLUMNS,
  hasActiveFilters,
  parsePartnerFiltersLeniently,
  partnerFiltersToParams,
} from "@/lib/partners/filters";
import { anonymousPartnerFacets, anonymousPartnerList } from "@/lib/partners/cached";
import { partnerListHrefs } from "@/lib/partners/list-href";
import { getPartnerFacets, listPartners } from "@/lib/partners/queries";
import { suggestSearch } from "@/lib/partners/search-suggestion";
import { serializePartnerList } from "@/lib/partners/serializers";
import { ActiveFilters } from "./_components/active-filters";
import { DroppedParams } from "./_components/dropped-params";
import { EmptyResults } from "./_components/empty-results";
import { ExportLinks } from "./_components/export-links";
import { FilterDrawer } from "./_components/filter-drawer";
import { FilterForm } from "./_components/filter-form";
import { PartnersTable } from "./_components/partners-table";
import { RESULTS_ID } from "./_components/form-id";
import { SearchBox } from "./_components/search-box";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("partners");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The directory: every piece of state (search, filters, sort, page, columns) is
 * in the URL, parsed by the same schema as the API, so a link reproduces the view.
 * On a phone the results come first, as cards, with the filters in a drawer.
 */
export default async function PartnersPage({ searchParams }: { searchParams: SearchParams }) {
  const [t, localize] = await Promise.all([getTranslations("partners"), getLocalize()]);
  // A bad value is dropped on its own; the rest of the link still applies (issue 12).
  const { data: filters, dropped } = parsePartnerFiltersLeniently(await searchParams);
  const viewer = await getViewer();
  // Anonymous visitors share a briefly cached answer (lib/partners/cached.ts); page and facets run side by side.
  const [list, facets] = await Promise.all(
    viewer ? [listPartners(filters, viewer), getPartnerFacets(filters, viewer)] : [anonymousPartnerList(filters), anonymousPartnerFacets(filters)],
  );
  const { items, total } = serializePartnerList(list);
  // A search that found nothing: the same with its unknown words spelled as the directory spells them, if that finds something.
  const suggestion = total === 0 && filters.q ? await suggestSearch(filters, viewer) : null;

  // Every link to another view of the list (pages, sort headers, chips, clear): one definition.
  const hrefs = partnerListHrefs(filters, localize);
  const pageCount = Math.max(1, Math.ceil(total / filters.pageSize));
  // A page past the end (an old link, a narrowed filter) shows the last page rather than "2451–37 of 37".
  if (filters.page > pageCount) redirect(hrefs.with({ page: pageCount }));

  const visibleColumns = filters.columns ?? [...DEFAULT_COLUMNS];
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
  const clearHref = hrefs.with({ ...DEFAULT_FILTERS, pageSize: filters.pageSize, columns: filters.columns });
  const activeCount =
    filters.regions.length + filters.categories.length + filters.funders.length + filters.returnees.length +
    [filters.q, filters.course, filters.minCapacity, filters.hasInsertion].filter((v) => v !== null).length;

  return (
    <div className="space-y-4">
      <a href={`#${RESULTS_ID}`} className="skip-results">
        {t("skipToResults")}
      </a>
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="text-sm text-slate-700">{t("intro")}</p>
      </header>

      <DroppedParams dropped={dropped} />

      <SearchBox q={filters.q} />

      <div className="grid gap-4 lg:grid-cols-[14rem_minmax(0,1fr)] lg:gap-6">
        <aside className="no-print" aria-label={t("filters.title")}>
          <FilterDrawer active={activeCount}>
            <FilterForm filters={filters} facets={facets} keep={keep} localize={localize} />
            {hasActiveFilters(filters) && (
              <a href={clearHref} className="mt-3 inline-block text-sm text-brand-700 underline">
                {t("filters.clear")}
              </a>
            )}
          </FilterDrawer>
        </aside>

        <section aria-labelledby={RESULTS_ID} className="min-w-0 space-y-3">
          <ActiveFilters filters={filters} facets={facets} hrefFor={hrefs.with} clearHref={clearHref} />
          {/* Styled by `.results-bar` (app/globals.css). */}
          <div className="results-bar">
            <h2 id={RESULTS_ID} tabIndex={-1} aria-live="polite">
              {t("results", { total })}
              {total > 0 && <span>{t("resultsRange", { from, to, total })}</span>}
            </h2>
            <div className="no-print">
              <ExportLinks filters={filters} total={total} viewer={viewer} />
              <div className="hidden lg:block">
                <ColumnChooser
                  action={localize("/partners")}
                  params={partnerFiltersToParams(filters, { columns: null }).toString()}
                  options={PARTNER_COLUMNS.map((id) => ({ id, label: t(`columns.${id}`), ...(id === "name" ? { required: true } : {}) }))}
                  // Left out in the default view (every column): the payload need not list them.
                  {...(filters.columns ? { visible: visibleColumns } : {})}
                  labels={{ summary: t("columns.choose"), apply: t("columns.apply") }}
                />
              </div>
            </div>
          </div>

          {items.length === 0 ? (
            <EmptyResults
              filters={filters}
              clearHref={clearHref}
              suggestion={suggestion && { ...suggestion, href: hrefs.with({ q: suggestion.q, page: 1 }) }}
            />
          ) : (
            <PartnersTable items={items} filters={filters} visibleColumns={visibleColumns} localize={localize} sortHref={hrefs.sortedBy} />
          )}

          <Pagination
            page={filters.page}
            pageCount={pageCount}
            hrefFor={(page) => hrefs.with({ page })}
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
