/**
 * Where to go after signing in: a path on this site, never another origin
 * (issue 9: `callbackUrl=/%09/evil.example/` redirected off-site). Browsers
 * drop tabs and newlines from a URL and read "\" as "/", so "/\t/evil.example"
 * is "//evil.example" to them: anything with a control character or a
 * backslash is refused outright, and what remains must resolve to this origin.
 */
const BASE = "http://passerelle.invalid";

export function safeReturnPath(value: unknown, fallback = "/partners"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 500) return fallback;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  if (!value.startsWith("/") || value.startsWith("//")) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, coming back to `returnTo` afterwards (the one form of that link: pages, guards, proxy.ts). */
export function signInHref(returnTo: string): string {
  return `/signin?callbackUrl=${encodeURIComponent(returnTo)}`;
}
