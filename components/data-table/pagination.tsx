import { Link } from "@/lib/i18n/navigation";

export interface PaginationLabels {
  nav: string;
  previous: string;
  next: string;
  /** "Page 2 of 5" */
  status: string;
  goTo: (page: number) => string;
}

/** Pages around the current one, with the ends: 1 … 4 5 [6] 7 8 … 20. */
export function pageWindow(page: number, pageCount: number, radius = 2): Array<number | "gap"> {
  const pages = new Set([1, pageCount]);
  for (let p = page - radius; p <= page + radius; p++) if (p >= 1 && p <= pageCount) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  const out: Array<number | "gap"> = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1] > 1) out.push("gap");
    out.push(p);
  });
  return out;
}

/** Server-rendered pagination: plain links (shareable, no JavaScript needed). Styled by `.pager` (app/globals.css). */
export function Pagination({
  page,
  pageCount,
  hrefFor,
  labels,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  labels: PaginationLabels;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={labels.nav} className="pager">
      {page > 1 && (
        <Link href={hrefFor(page - 1)} rel="prev">
          {labels.previous}
        </Link>
      )}
      <ul>
        {pageWindow(page, pageCount).map((p, i) =>
          p === "gap" ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <span aria-current="page">{p}</span>
              ) : (
                <Link href={hrefFor(p)} aria-label={labels.goTo(p)}>
                  {p}
                </Link>
              )}
            </li>
          ),
        )}
      </ul>
      {page < pageCount && (
        <Link href={hrefFor(page + 1)} rel="next">
          {labels.next}
        </Link>
      )}
      <span>{labels.status}</span>
    </nav>
  );
}
