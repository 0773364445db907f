import { Link } from "@/lib/i18n/navigation";
import { nextSort, sortDirection, type SortValue } from "@/lib/table-sort";

/**
 * A sortable column header: a link to the same view sorted by this column
 * (lib/table-sort.ts: `key` ascending, `-key` descending), so sorting is
 * shareable, works without JavaScript, and back/forward step through it.
 * The <th> carries aria-sort (DataTable); the link names the action.
 */
export function SortableHeader<K extends string>({
  label,
  column,
  current,
  firstDesc = false,
  hrefFor,
  actionLabel,
}: {
  label: string;
  /** The sort key this header sets. */
  column: K;
  /** The table's current sort value. */
  current: string;
  /** Figures read best biggest first. */
  firstDesc?: boolean;
  /** The URL of the view sorted by `sort`. */
  hrefFor: (sort: SortValue<K>) => string;
  /** What following the link does, e.g. "Sort by capacity, descending". */
  actionLabel: (column: string, descending: boolean) => string;
}) {
  const direction = sortDirection(current, column);
  const next = nextSort(current, column, firstDesc);
  return (
    <Link
      href={hrefFor(next)}
      scroll={false}
      aria-label={actionLabel(label, next.startsWith("-"))}
      // Styled by `.dt-sort` (app/globals.css): one class per header rather than seven.
      className="dt-sort"
    >
      {label}
      <span aria-hidden="true" {...(direction ? { "data-on": "" } : {})}>
        {direction === "asc" ? "▲" : direction === "desc" ? "▼" : "↕"}
      </span>
    </Link>
  );
}
