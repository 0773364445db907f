"use client";

import { useEffect, useRef, useState } from "react";
import { ORIGINAL_PART } from "./original-part";
import { registerPrintPreparation } from "./print-preparation";

/**
 * The report's text of a fiche, loaded when its collapsed section is opened
 * (issue 8: it was half of every fiche page, and most readers never open it).
 * It comes from the fiche's own page of that text (`href`), rendered by the
 * server like any page: only the marked part is taken. The print button, the
 * print media query and `beforeprint` load it too, so a printed fiche still
 * carries it. Without JavaScript, or if the request fails, a link leads to
 * that page.
 */
export function OriginalText({ href, labels }: { href: string; labels: { link: string; loading: string } }) {
  const box = useRef<HTMLDivElement>(null);
  const [html, setHtml] = useState<string | null>(null);
  const [state, setState] = useState<"idle" | "loading" | "failed">("idle");
  const loading = useRef<Promise<void> | null>(null);

  useEffect(() => {
    const load = () => {
      loading.current ??= (async () => {
        setState("loading");
        try {
          const response = await fetch(href);
          if (!response.ok) throw new Error(String(response.status));
          const page = new DOMParser().parseFromString(await response.text(), "text/html");
          const part = page.querySelector(`[${ORIGINAL_PART}]`);
          if (!part) throw new Error("no original text in the page");
          // Markup the server rendered (React-escaped), from this site: no fiche text is parsed as HTML here.
          setHtml(part.innerHTML);
        } catch {
          loading.current = null;
          setState("failed");
        }
      })();
      return loading.current;
    };
    const details = box.current?.closest("details");
    const onToggle = () => void (details?.open && load());
    const onPrint = () => void load();
    const print = window.matchMedia("print");
    details?.addEventListener("toggle", onToggle);
    print.addEventListener("change", onPrint);
    window.addEventListener("beforeprint", onPrint);
    const unregister = registerPrintPreparation(load);
    // Opened, or already printing, before this ran (the page was still hydrating).
    if (details?.open || print.matches) void load();
    return () => {
      details?.removeEventListener("toggle", onToggle);
      print.removeEventListener("change", onPrint);
      window.removeEventListener("beforeprint", onPrint);
      unregister();
    };
  }, [href]);

  return (
    <div ref={box} data-original-text>
      {html !== null ? (
        <div dangerouslySetInnerHTML={{ __html: html }} />
      ) : state === "loading" ? (
        <p role="status" className="mt-2 text-sm text-slate-600">
          {labels.loading}
        </p>
      ) : (
        <p className="mt-2 text-sm">
          <a href={href} className="text-brand-700 underline">
            {labels.link}
          </a>
        </p>
      )}
    </div>
  );
}
