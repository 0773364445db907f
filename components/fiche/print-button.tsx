"use client";

import { prepareForPrint } from "./print-preparation";

/** The browser's print dialog, once the parts loaded on demand are in the page; the print stylesheet does the rest. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={async () => {
        await prepareForPrint();
        window.print();
      }}
      className="no-print rounded border border-slate-300 px-3 py-1 text-slate-800 hover:bg-slate-100"
    >
      {label}
    </button>
  );
}
