import { z } from "zod";

/**
 * The environment, validated once. Every module reads configuration from here,
 * never from process.env directly, so a missing or malformed variable fails
 * at start-up with a message that names it.
 */
const EnvSchema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set: run `npm start` (it starts the embedded database) or set it to a PostgreSQL URL" })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// or postgresql:// URL"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
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
