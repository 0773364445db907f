import { NextIntlClientProvider } from "next-intl";

/**
 * Translations for client components. Only the forms of the sign-in, account and
 * admin pages need them, so only those layouts ship next-intl's client runtime
 * and messages: the public directory pages stay small (issue 3: ≤ 150 kB of JS).
 */
export function ClientMessages({ children }: { children: React.ReactNode }) {
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
}
