"use client";

import { useTranslations } from "next-intl";

/** Unexpected failures (a database that went away…): a clear message, never a stack trace. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common.error");
  return (
    <div role="alert" className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("body")}</p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
        {t("retry")}
      </button>
    </div>
  );
}
