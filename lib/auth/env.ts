import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { BlockList } from "node:net";
import { z } from "zod";
import { parseTrustedProxies } from "../security/client-ip";

/**
 * Authentication settings, validated once (lib/env.ts covers the database).
 * The session secret comes from NEXTAUTH_SECRET (or AUTH_SECRET). For the
 * zero-set-up start a random secret is generated once and kept in the git-ignored
 * `.data/` folder; several instances behind a load balancer must share one
 * secret, so production deployments set the variable (docs/deployment.md).
 */
const AuthEnvSchema = z.object({
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.url("NEXTAUTH_URL must be a URL such as https://passerelle.example.org").optional(),
  /** "true" forces Secure cookies (e.g. behind a TLS-terminating proxy without NEXTAUTH_URL). */
  AUTH_SECURE_COOKIES: z.enum(["true", "false"]).optional(),
  AUTH_SESSION_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  AUTH_DATA_DIR: z.string().default(".data"),
  /** Reverse proxies whose X-Forwarded-For is believed (lib/security/client-ip.ts); unset: none. */
  TRUSTED_PROXIES: z.string().optional(),
});

export interface AuthEnv {
  secret: string;
  /** Set the Secure attribute on the session cookie regardless of the request. */
  secureCookies: boolean;
  sessionMaxAgeSeconds: number;
  trustedProxies: BlockList;
}

let cached: AuthEnv | undefined;

export function authEnv(): AuthEnv {
  if (cached) return cached;
  const parsed = AuthEnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid authentication environment:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const secret = e.NEXTAUTH_SECRET ?? e.AUTH_SECRET ?? storedSecret(e.AUTH_DATA_DIR);
  // next-auth reads the secret from the environment in some code paths
  // (its own routes when no secret is passed): make both agree.
  process.env.NEXTAUTH_SECRET ??= secret;
  cached = {
    secret,
    secureCookies: e.AUTH_SECURE_COOKIES ? e.AUTH_SECURE_COOKIES === "true" : Boolean(e.NEXTAUTH_URL?.startsWith("https://")),
    sessionMaxAgeSeconds: e.AUTH_SESSION_HOURS * 3600,
    trustedProxies: parseTrustedProxies(e.TRUSTED_PROXIES),
  };
  return cached;
}

/** The generated secret in `<dir>/auth-secret`, created on first use (mode 600). */
export function storedSecret(dir: string): string {
  const file = path.resolve(dir, "auth-secret");
  try {
    const existing = readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(48).toString("base64url");
  try {
    // "wx": if another process created it meanwhile, keep theirs.
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return readFileSync(file, "utf8").trim();
    throw error;
  }
}

/** For tests: forget the cached settings. */
export function resetAuthEnvForTests(): void {
  cached = undefined;
}
