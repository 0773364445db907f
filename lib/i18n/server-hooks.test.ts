import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { TIME_ZONE, type Locale } from "./config";
import { loadMessages } from "./messages";
import { withPlainTemplates } from "./server-hooks";

/** Every string message of a language, by its full key ("partner.provenance.from"). */
function strings(messages: Record<string, unknown>, prefix = ""): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : value && typeof value === "object" ? strings(value as Record<string, unknown>, `${prefix}${key}.`) : [],
  );
}

const VALUES = ["Cartographie 2022", 5337, "l’ANPE & <b>", 0, -1.5, "", "{x}", 1234567];

describe("withPlainTemplates", () => {
  for (const locale of ["fr", "en"] as Locale[]) {
    it(`gives next-intl's own text for every message of ${locale} made of plain placeholders`, () => {
      const messages = loadMessages(locale);
      const intl = createTranslator({ locale, messages, timeZone: TIME_ZONE });
      const fast = withPlainTemplates(intl as never) as unknown as (key: string, values?: Record<string, unknown>) => string;
      let plain = 0;
      for (const [key, message] of strings(messages)) {
        const names = [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))];
        if (names.length === 0 || /[{}'<>#|]/.test(message.replace(/\{\w+\}/g, ""))) continue;
        plain++;
        for (let shift = 0; shift < 3; shift++) {
          const values = Object.fromEntries(names.map((name, i) => [name, VALUES[(i + shift) % VALUES.length]]));
          expect(fast(key, values), key).toBe((intl as unknown as (k: string, v: unknown) => string)(key, values));
        }
      }
      expect(plain).toBeGreaterThan(100);
    });

    it(`gives next-intl's own text for every message of ${locale} without placeholders, asked with and without values`, () => {
      const messages = loadMessages(locale);
      const intl = createTranslator({ locale, messages, timeZone: TIME_ZONE });
      const fast = withPlainTemplates(intl as never) as unknown as (key: string, values?: Record<string, unknown>) => string;
      const next = intl as unknown as (key: string, values?: Record<string, unknown>) => string;
      let labels = 0;
      for (const [key, message] of strings(messages)) {
        if (/[{}]/.test(message)) continue;
        labels++;
        expect(fast(key), key).toBe(next(key));
        expect(fast(key, {}), key).toBe(next(key, {}));
      }
      expect(labels).toBeGreaterThan(300);
    });
  }

  it("leaves plurals, selects, formats and rich text to next-intl, and a missing value too", () => {
    const messages = { n: { count: "{count, plural, one {# partenaire} other {# partenaires}}", quoted: "l''{name}", tag: "<b>{name}</b>", line: "l. {from}–{to}" } };
    const intl = createTranslator({ locale: "fr", messages, timeZone: TIME_ZONE, namespace: "n" });
    const fast = withPlainTemplates(intl as never) as unknown as ((key: string, values?: Record<string, unknown>) => string) & { rich: unknown };
    expect(fast("count", { count: 3 })).toBe("3 partenaires");
    expect(fast("quoted", { name: "ANPE" })).toBe("l'ANPE");
    expect(fast("line", { from: 1200, to: 1234 })).toBe("l. 1200–1234");
    // A value missing: next-intl's own fallback (after reporting the error), not a half-filled message.
    const quiet = createTranslator({ locale: "fr", messages, timeZone: TIME_ZONE, namespace: "n", onError: () => {} });
    const missing = withPlainTemplates(quiet as never) as unknown as (key: string, values?: Record<string, unknown>) => string;
    expect(missing("line", { from: 1 })).toBe((quiet as unknown as (k: string, v: unknown) => string)("line", { from: 1 }));
    expect(missing("line", { from: 1 })).not.toContain("1–{to}");
    expect(fast.rich).toBe(intl.rich);
  });
});
