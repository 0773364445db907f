/** What to show instead of an empty table: say so, and what the user can change. */
export function EmptyState({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div role="status" className="rounded border border-dashed border-slate-300 bg-white px-6 py-10 text-center">
      <h2 className="text-lg font-semibold text-slate-800">{title}</h2>
      {children && <div className="mx-auto mt-3 max-w-prose text-sm text-slate-700">{children}</div>}
    </div>
  );
}
