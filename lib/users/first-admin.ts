/**
 * The first start on an empty users table creates an administrator, so a fresh
 * clone can sign in at once. Credentials come from ADMIN_EMAIL / ADMIN_PASSWORD,
 * or a password is generated (to be changed at first sign-in) and printed once.
 */
import { z } from "zod";
import { getDb, type Db } from "../db/client";
import { createUser } from "./users";

const AdminEnvSchema = z.object({
  ADMIN_EMAIL: z.email("ADMIN_EMAIL must be an e-mail address").default("admin@passerelle.local"),
  ADMIN_PASSWORD: z.string().min(10, "ADMIN_PASSWORD must be at least 10 characters").optional(),
});

export interface FirstAdmin {
  email: string;
  password: string;
  /** False when the password came from ADMIN_PASSWORD. */
  generated: boolean;
}

/**
 * Create the first admin when there is no user at all; null when users exist.
 * A transaction-level advisory lock keeps two instances starting together from
 * both creating one.
 */
export async function ensureFirstAdmin(
  env: Record<string, string | undefined> = process.env,
  db: Db = getDb(),
): Promise<FirstAdmin | null> {
  const parsed = AdminEnvSchema.safeParse(env);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
  const { ADMIN_EMAIL, ADMIN_PASSWORD } = parsed.data;
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('passerelle:first-admin'))`;
    if ((await tx.user.count()) > 0) return null;
    const { password } = await createUser(
      { email: ADMIN_EMAIL, role: "admin", password: ADMIN_PASSWORD, name: "Administrator" },
      tx as unknown as Db,
    );
    return { email: ADMIN_EMAIL.toLowerCase(), password, generated: ADMIN_PASSWORD === undefined };
  });
}

/** The message printed once at first start. */
export function firstAdminBanner(admin: FirstAdmin): string {
  const lines = [
    "First start: an administrator account was created.",
    `  e-mail:   ${admin.email}`,
    admin.generated ? `  password: ${admin.password}   (one-time: choose your own at first sign-in)` : "  password: the ADMIN_PASSWORD you set",
    "  This is shown once. Create more accounts at /admin/users or with `npm run user:create`.",
  ];
  const width = Math.max(...lines.map((l) => l.length));
  return ["=".repeat(width), ...lines, "=".repeat(width)].join("\n");
}
