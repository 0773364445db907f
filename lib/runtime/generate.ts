/**
 * `npm run db:generate`: generate the Prisma client into lib/db/generated.
 * `ensureGenerated()` (used by scripts/start.ts) skips it when the schema has
 * not changed since the last generation, to keep `npm start` fast.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { BIN, ROOT, runNode } from "./children";

const SCHEMA_DIR = path.join(ROOT, "prisma", "schema");
const OUTPUT_DIR = path.join(ROOT, "lib", "db", "generated");
const STAMP = path.join(OUTPUT_DIR, ".schema-hash");

function schemaHash(): string {
  const hash = createHash("sha256");
  for (const file of fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".prisma")).sort()) {
    hash.update(file).update(fs.readFileSync(path.join(SCHEMA_DIR, file)));
  }
  const prismaPackage = JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", "prisma", "package.json"), "utf8"));
  return hash.update(String(prismaPackage.version)).digest("hex");
}

export async function generate(): Promise<void> {
  // Any DATABASE_URL keeps `prisma generate` offline (../shared/docs/stack-notes.md).
  const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://generate@localhost/generate" };
  await runNode([BIN.prisma, "generate"], { env, quiet: true });
  fs.writeFileSync(STAMP, schemaHash());
}

/** True when it had to generate. */
export async function ensureGenerated(): Promise<boolean> {
  const upToDate =
    fs.existsSync(path.join(OUTPUT_DIR, "client.ts")) && fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8") === schemaHash();
  if (upToDate) return false;
  await generate();
  return true;
}

