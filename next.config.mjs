/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // pg and the PGlite helpers are server-only Node packages: keep them out of the bundle.
  serverExternalPackages: ["pg", "@electric-sql/pglite", "@electric-sql/pglite-socket", "exceljs"],
};

export default nextConfig;
