/**
 * The server the Playwright stories run against (playwright.config.ts `webServer`):
 * a fresh database (tests/setup/test-database.ts), migrated and seeded from
 * seeds/*.txt, the accounts the stories sign in with, then `next start` on the
 * production build that `npm run test:e2e` made. The database is dropped when
 * Playwright stops the server.
 *
 * A story that starts a second instance on the same database (several
 * instances, issue 8) finds it and the server's secret in e2eServerInfoFile(port).
 */
import fs from "node:fs";
import { BIN, startNode } from "../lib/runtime/children";
import { redactUrl } from "../lib/runtime/database";
import { createTestDatabase, migrateAndSeed } from "../tests/setup/test-database";
import { E2E_USERS } from "../tests/e2e/users";
import { e2eServerInfoFile } from "../tests/e2e/support/server-info";

async function main() {
  const port = process.env.PORT ?? "3100";
  const db = await createTestDatabase("e2e");
  const running: { server?: ReturnType<typeof startNode>; stopping?: boolean } = {};
  const stop = async (code: number) => {
    if (running.stopping) return;
    running.stopping = true;
    running.server?.kill("SIGTERM");
    fs.rmSync(e2eServerInfoFile(port), { force: true });
    await db.drop().catch(() => undefined);
    process.exit(code);
  };
  process.on("SIGTERM", () => void stop(0));
  process.on("SIGINT", () => void stop(0));

  try {
    await migrateAndSeed(db.url);
    process.env.DATABASE_URL = db.url;
    // Imported after DATABASE_URL is set: lib/env.ts validates it once.
    const { createUser } = await import("../lib/users/users");
    const { getDb } = await import("../lib/db/client");
    for (const user of E2E_USERS) await createUser({ ...user, mustChangePassword: false });
    await getDb().$disconnect();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stop(1);
    return;
  }
  console.log(`e2e database: ${redactUrl(db.url)} (migrated, seeded, ${E2E_USERS.length} accounts)`);
  const secret = process.env.NEXTAUTH_SECRET ?? "e2e-only-secret-not-for-production-0123456789";
  fs.writeFileSync(e2eServerInfoFile(port), JSON.stringify({ databaseUrl: db.url, secret }), { mode: 0o600 });
  const server = startNode([BIN.serve, "--port", port, "--hostname", "127.0.0.1"], {
    ...process.env,
    DATABASE_URL: db.url,
    PORT: port,
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXTAUTH_SECRET: secret,
  });
  running.server = server;
  server.on("exit", (code) => void stop(code ?? 0));
}

void main();
