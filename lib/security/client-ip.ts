/**
 * The client's address for per-address throttling. Behind a reverse proxy the
 * socket address is the proxy's, so the first X-Forwarded-For entry is used
 * (docs/deployment.md: the proxy must overwrite, not append to, a client-sent
 * header). A spoofed address only escapes the per-address limit; the
 * per-account limit still applies.
 */
export function clientIp(headers: Pick<Headers, "get">): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  if (forwarded) return forwarded.slice(0, 64);
  const real = headers.get("x-real-ip")?.trim();
  if (real) return real.slice(0, 64);
  return "unknown";
}
