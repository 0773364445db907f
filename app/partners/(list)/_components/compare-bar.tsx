"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";

const MIN = 2;
const MAX = 4;

/** "Compare (n)": enabled for 2 to 4 selected partners, linking to /compare?partners=a,b. */
export function CompareBar({ selected, onClear }: { selected: string[]; onClear: () => void }) {
  const t = useTranslations("partners.compare");
  const n = selected.length;
  const ready = n >= MIN && n <= MAX;
  const buttonClass = "rounded px-3 py-1 text-sm font-medium";
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      {ready ? (
        <Link href={`/compare?partners=${selected.map(encodeURIComponent).join(",")}`} className={`${buttonClass} bg-brand-700 text-white hover:bg-brand-800`}>
          {t("button", { count: n })}
        </Link>
      ) : (
        <span aria-disabled="true" className={`${buttonClass} cursor-not-allowed bg-slate-200 text-slate-600`}>
          {t("button", { count: n })}
        </span>
      )}
      <span aria-live="polite" className="text-slate-600">
        {n > MAX ? t("tooMany") : !ready ? t("hint") : null}
      </span>
      {n > 0 && (
        <button type="button" onClick={onClear} className="text-brand-700 underline">
          {t("clear")}
        </button>
      )}
    </div>
  );
}
