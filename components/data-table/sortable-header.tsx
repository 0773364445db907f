import Link from "next/link";

/**
 * A sortable column header: a link to the same view sorted by this column, so
 * sorting is shareable, works without JavaScript, and back/forward step through it.
 * The <th> carries aria-sort (DataTable); the link names the action.
 */
export function SortableHeader({
  label,
  href,
  direction,
  actionLabel,
}: {
  label: string;
  href: string;
  direction: "asc" | "desc" | null;
  /** What following the link does, e.g. "Sort by capacity, descending". */
  actionLabel: string;
}) {
  return (
    <Link
      href={href}
      scroll={false}
      aria-label={actionLabel}
      className="inline-flex items-center gap-1 rounded hover:text-brand-800 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600"
    >
      {label}
      <span aria-hidden="true" className={direction ? "text-brand-700" : "text-slate-400"}>
        {direction === "asc" ? "▲" : direction === "desc" ? "▼" : "↕"}
      </span>
    </Link>
  );
}
