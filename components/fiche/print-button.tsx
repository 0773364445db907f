"use client";

/** The browser's print dialog; the print stylesheet does the rest. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded border border-slate-300 px-3 py-1 text-slate-800 hover:bg-slate-100"
    >
      {label}
    </button>
  );
}
