import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaderRules } from "./lib/security/headers.mjs";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // pg, exceljs and the PGlite helpers are Node packages: keep them out of the bundle.
  serverExternalPackages: ["pg", "@electric-sql/pglite", "@electric-sql/pglite-socket", "exceljs"],
  // The data cache in each process's memory, its tag invalidations shared by every
  // instance through PostgreSQL LISTEN/NOTIFY (issue 8; docs/decisions/0011-cache-handler.md).
  // Its size bound is `cacheMaxMemorySize` (Next's default, 50 MB).
  cacheHandler: fileURLToPath(new URL("./lib/cache/handler.mjs", import.meta.url)),
  // The security headers on every answer (issue 9), whether or not proxy.ts runs for it (its matcher).
  async headers() {
    return securityHeaderRules({ dev: process.env.NODE_ENV === "development" });
  },
};

export default withNextIntl(nextConfig);
