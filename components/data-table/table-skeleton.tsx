/** Placeholder rows while a table's data streams in (loading.tsx). */
export function TableSkeleton({ rows = 8, columns = 6, label }: { rows?: number; columns?: number; label: string }) {
  return (
    <div role="status" aria-live="polite" className="overflow-hidden rounded border border-slate-200 bg-white">
      <span className="sr-only">{label}</span>
      <div className="flex gap-4 border-b border-slate-200 bg-slate-50 px-3 py-3">
        {Array.from({ length: columns }, (_, i) => (
          <div key={i} className="h-4 flex-1 animate-pulse rounded bg-slate-200" />
        ))}
      </div>
      {Array.from({ length: rows }, (_, r) => (
        <div key={r} className="flex gap-4 border-b border-slate-100 px-3 py-3 last:border-0">
          {Array.from({ length: columns }, (_, c) => (
            <div key={c} className={`h-4 flex-1 animate-pulse rounded bg-slate-100 ${c === 0 ? "flex-[2]" : ""}`} />
          ))}
        </div>
      ))}
    </div>
  );
}
