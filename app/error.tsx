"use client";

import { useSyncExternalStore } from "react";
import en from "@/lib/i18n/messages/en/common.json";
import fr from "@/lib/i18n/messages/fr/common.json";

const noSubscription = () => () => {};

/**
 * Unexpected failures (a database that went away…): a clear message, never a stack trace.
 * It reads its two strings straight from the message files, in the page's language,
 * so that public pages need not ship next-intl's client runtime for this boundary.
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const lang = useSyncExternalStore(noSubscription, () => document.documentElement.lang, () => "fr");
  const t = (lang === "en" ? en : fr).error;
  return (
    <div role="alert" className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      <p className="mt-2 text-slate-700">{t.body}</p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
        {t.retry}
      </button>
    </div>
  );
}
