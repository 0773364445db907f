/**
 * The embedded PostgreSQL (PGlite, PostgreSQL compiled to WebAssembly) behind a
 * real wire-protocol socket, so that `npm start` works with nothing but Node.js.
 * See ../shared/docs/stack-notes.md ("Embedded PostgreSQL").
 *
 * - As a command (scripts/embedded-db.ts: `npm run embedded-db`, or spawned by `npm start`): serves
 *   EMBEDDED_DB_DIR (default `.data/pglite`) on 127.0.0.1:EMBEDDED_DB_PORT (54329,
 *   or a free port when it is taken; 0 = any free port), prints its URL, sends `{ url }` over IPC when it has a parent, and stops
 *   cleanly on SIGINT/SIGTERM or when its parent goes away.
 * - As a library (`startEmbeddedDb`), for the integration-test fallback.
 *
 * PGlite is single-threaded: run it in its own process, never in the Next.js server's.
 */
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

export const DEFAULT_EMBEDDED_PORT = 54329;
export const DEFAULT_DATA_DIR = path.resolve(".data/pglite");
const HOST = "127.0.0.1";

export interface EmbeddedDbOptions {
  /** Folder of the database files; created when missing, kept between runs. Default `.data/pglite`. */
  dataDir?: string;
  /** Port to try first; 0 picks any free port. Default EMBEDDED_DB_PORT or 54329. */
  port?: number;
  /** Concurrent client connections (Prisma pools, migrations). Default 20. */
  maxConnections?: number;
}

export interface EmbeddedDb {
  url: string;
  port: number;
  stop: () => Promise<void>;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, HOST, () => probe.close(() => resolve(true)));
  });
}

/**
 * Two PGlite instances on the same folder would corrupt it: a pid file next to
 * the data refuses a second server while the first one lives.
 */
function takeLock(dataDir: string): () => void {
  const lockFile = `${dataDir}.pid`;
  if (fs.existsSync(lockFile)) {
    const pid = Number(fs.readFileSync(lockFile, "utf8").trim());
    let alive = false;
    try {
      if (pid && pid !== process.pid) {
        process.kill(pid, 0);
        alive = true;
      }
    } catch {
      alive = false;
    }
    if (alive) {
      throw new Error(
        `the embedded database in ${dataDir} is already served by process ${pid}; stop it, or set DATABASE_URL to use that server`,
      );
    }
  }
  fs.writeFileSync(lockFile, String(process.pid));
  return () => {
    try {
      if (fs.readFileSync(lockFile, "utf8").trim() === String(process.pid)) fs.unlinkSync(lockFile);
    } catch {
      // already gone
    }
  };
}

export async function startEmbeddedDb(options: EmbeddedDbOptions = {}): Promise<EmbeddedDb> {
  const dataDir = path.resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  const wanted = options.port ?? Number(process.env.EMBEDDED_DB_PORT ?? DEFAULT_EMBEDDED_PORT);
  fs.mkdirSync(dataDir, { recursive: true });
  const releaseLock = takeLock(dataDir);

  try {
    const db = await PGlite.create({ dataDir, extensions: { unaccent, pg_trgm } });
    const port = wanted !== 0 && (await portIsFree(wanted)) ? wanted : 0;
    const server = new PGLiteSocketServer({ db, host: HOST, port, maxConnections: options.maxConnections ?? 20 });
    await server.start();
    const actualPort = Number(server.getServerConn().split(":").pop());
    let stopped = false;
    return {
      url: `postgresql://postgres@${HOST}:${actualPort}/postgres`,
      port: actualPort,
      stop: async () => {
        if (stopped) return;
        stopped = true;
        await server.stop();
        await db.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}
