import { z } from "zod";

/**
 * The running app's database settings, validated once, so a missing or
 * malformed variable fails at start-up with a message that names it (and,
 * below, the public URL that absolute links use and the app's port). The app
 * reads its configuration through two such modules: this one (the database,
 * lib/db/client.ts; links, lib/imports/stage.ts and the exports) and
 * lib/auth/env.ts (sessions). The other readers of `process.env` are the
 * command-line tooling (scripts/, lib/runtime/, the first-admin command), which
 * read ports and paths and hand the environment to the processes they start,
 * and proxy.ts (`NODE_ENV`, inlined by Next).
 */
const EnvSchema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set: run `npm start` (it starts the embedded database) or set it to a PostgreSQL URL" })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// or postgresql:// URL"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Connecting to the database, or waiting for a free pooled connection (lib/db/timeouts.ts). */
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(1_500),
  /** One statement; the server cancels it (statement_timeout), and we stop waiting shortly after. */
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(2_000),
  /** A write's whole transaction: past this, the database refuses its COMMIT (lib/db/write.ts). */
  DB_WRITE_TIMEOUT_MS: z.coerce.number().int().min(500).max(600_000).default(4_000),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = EnvSchema.safeParse(process.env);
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
      throw new Error(`Invalid environment:\n${lines.join("\n")}`);
    }
    cached = parsed.data;
  }
  return cached;
}

const PublicUrlSchema = z.object({
  PUBLIC_URL: z.url("PUBLIC_URL must be a URL such as https://passerelle.example.org").optional(),
  NEXTAUTH_URL: z.url("NEXTAUTH_URL must be a URL such as https://passerelle.example.org").optional(),
});

/**
 * The site's public origin, for the absolute links an export or a data file
 * carries (fiche URLs in CSV/XLSX, HSDS, HXL, OpenAPI `servers`): PUBLIC_URL,
 * else NEXTAUTH_URL, else the request's own origin. Behind a proxy the request
 * reaches the app as http://localhost:3000, a link nobody else can open (issue 12).
 */
export function publicOrigin(requestUrl: string | URL, source: Record<string, string | undefined> = process.env): string {
  const parsed = PublicUrlSchema.safeParse(source);
  if (!parsed.success) throw new Error(`Invalid environment:\n${parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`);
  const configured = parsed.data.PUBLIC_URL ?? parsed.data.NEXTAUTH_URL;
  // The origin only: a configured path ("https://example.org/") would double the links' slash.
  return new URL(configured ?? requestUrl).origin;
}

const PortSchema = z.object({
  PORT: z.coerce.number({ error: "PORT must be a port number such as 3000" }).int().min(1).max(65_535).default(3000),
});

/** The port the app's server listens on (scripts/serve.mjs), for the links a command prints. */
export function appPort(source: Record<string, string | undefined> = process.env): number {
  const parsed = PortSchema.safeParse(source);
  if (!parsed.success) throw new Error(`Invalid environment:\n${parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`);
  return parsed.data.PORT;
}
