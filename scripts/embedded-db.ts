/**
 * `npm run embedded-db` (also spawned by `npm start` and the test fallback): the
 * embedded PostgreSQL in its own process (lib/runtime/embedded-db.ts).
 */
import { startEmbeddedDb } from "../lib/runtime/embedded-db";

async function main() {
  const db = await startEmbeddedDb({ dataDir: process.env.EMBEDDED_DB_DIR || undefined });
  console.log(`Embedded PostgreSQL ready: ${db.url}`);
  process.send?.({ url: db.url });

  let stopping = false;
  const shutdown = async (why: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`Embedded PostgreSQL stopping (${why})…`);
    await db.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  // Spawned with IPC: when the parent dies, do not outlive it (and keep the lock).
  process.on("disconnect", () => void shutdown("parent gone"));
}

main().catch((error) => {
  console.error(`Embedded PostgreSQL failed to start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
