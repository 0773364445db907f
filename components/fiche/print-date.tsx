"use client";

import { useEffect, useState } from "react";

/**
 * The date a page is printed on: rendered by the server, then reset by the
 * browser just before printing, so a tab left open for days prints today's date.
 */
export function PrintDate({ iso, text, locale }: { iso: string; text: string; locale: string }) {
  const [shown, setShown] = useState({ iso, text });
  useEffect(() => {
    const update = () => {
      const now = new Date();
      setShown({ iso: now.toISOString().slice(0, 10), text: new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Africa/Bamako" }).format(now) });
    };
    window.addEventListener("beforeprint", update);
    return () => window.removeEventListener("beforeprint", update);
  }, [locale]);
  return <time dateTime={shown.iso}>{shown.text}</time>;
}
