/**
 * Security headers for every response (issue 9). Plain JavaScript with its
 * types beside it (./headers.d.mts): next.config.mjs sets them on every answer
 * through Next's `headers()`, and proxy.ts on the answers it makes itself
 * (redirects, refusals). The policy allows only this origin. Next.js inlines its
 * bootstrap scripts, and pages are not rendered with nonces, so scripts need
 * 'unsafe-inline'; 'unsafe-eval' is only allowed in development, where React
 * uses eval for its error overlays.
 */

/** @param {{ dev: boolean }} options */
export function contentSecurityPolicy({ dev }) {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  return directives.join("; ");
}

/** HSTS: only for a request that really came over HTTPS (sent over plain HTTP it would be ignored, and on localhost it would break other local apps). */
export const STRICT_TRANSPORT_SECURITY = { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" };

/** @param {{ dev: boolean, https: boolean }} options */
export function securityHeaders({ dev, https }) {
  const headers = [
    { key: "Content-Security-Policy", value: contentSecurityPolicy({ dev }) },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
  if (https) headers.push(STRICT_TRANSPORT_SECURITY);
  return headers;
}

/**
 * The same headers as Next's `headers()` configuration (next.config.mjs): on
 * every path, whether or not proxy.ts runs for the request, and HSTS when the
 * request came over HTTPS through a proxy that says so.
 * @param {{ dev: boolean }} options
 */
export function securityHeaderRules({ dev }) {
  return [
    { source: "/:path*", headers: securityHeaders({ dev, https: false }) },
    { source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], headers: [STRICT_TRANSPORT_SECURITY] },
  ];
}
