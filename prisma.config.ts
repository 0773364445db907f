// Prisma CLI configuration: the JavaScript schema engine through @prisma/adapter-pg,
// because the native engines cannot be downloaded here (docs/decisions/0001-prisma-js-engine.md).
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import { createPool } from "./lib/db/pool";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
  adapter: async () => {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set (scripts/db-url.ts sets it for the embedded database)");
    return new PrismaPg(createPool(url, 2));
  },
});
