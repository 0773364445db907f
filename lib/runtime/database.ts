/**
 * Which database the scripts use: DATABASE_URL when it is set, otherwise the
 * embedded PostgreSQL (scripts/embedded-db.ts). Also: check that it answers,
 * and create the database itself when the server has no database of that name.
 */
import { type ChildProcess, spawn } from "node:child_process";
import pg from "pg";
import { ROOT, tsArgs } from "./children";

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(not a URL)";
  }
}

export class DatabaseUnreachable extends Error {
  constructor(url: string, reason: string) {
    super(
      `cannot reach the database at DATABASE_URL=${redactUrl(url)} (${reason}). ` +
        "Start that PostgreSQL server, fix DATABASE_URL, or unset it to use the embedded database.",
    );
    this.name = "DatabaseUnreachable";
  }
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  return client;
}

/**
 * Connect once to prove the database answers. A server without that database
 * gets it created (CREATE DATABASE through the `postgres` maintenance database).
 */
export async function ensureDatabase(url: string): Promise<"ready" | "created"> {
  try {
    await (await connect(url)).end();
    return "ready";
  } catch (error) {
    const err = error as { code?: string; message?: string };
    if (err.code !== "3D000") throw new DatabaseUnreachable(url, err.message ?? String(error));
  }
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  try {
    const admin = await connect(maintenance.toString());
    try {
      await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    } finally {
      await admin.end();
    }
    return "created";
  } catch (error) {
    throw new DatabaseUnreachable(url, `database "${name}" does not exist and could not be created: ${(error as Error).message}`);
  }
}

/**
 * Fiches loaded from the report before editions were recorded (issue 10): the
 * seed fills in their edition and report values; until then their provenance is unknown.
 */
export async function reportWithoutEdition(url: string): Promise<boolean> {
  const client = await connect(url);
  try {
    const result = await client.query(
      `SELECT EXISTS (SELECT 1 FROM "organization" WHERE "number" IS NOT NULL AND "editionId" IS NULL AND "status" = 'active') AS missing`,
    );
    return Boolean(result.rows[0]?.missing);
  } finally {
    await client.end();
  }
}

/** Number of partners in the database, null when the table does not exist yet. */
export async function countPartners(url: string): Promise<number | null> {
  const client = await connect(url);
  try {
    const exists = await client.query(`SELECT to_regclass('public.organization') IS NOT NULL AS ok`);
    if (!exists.rows[0]?.ok) return null;
    const result = await client.query(`SELECT count(*)::int AS n FROM "organization"`);
    return result.rows[0].n as number;
  } finally {
    await client.end();
  }
}

export interface EmbeddedChild {
  url: string;
  child: ChildProcess;
  stop: () => Promise<void>;
}

/**
 * Start scripts/embedded-db.ts in its own process (PGlite is single-threaded and
 * must not share the web server's event loop) and its own process group, so a
 * Ctrl-C reaches the web server first and the database is stopped last, by us.
 */
export function spawnEmbeddedDb(env: NodeJS.ProcessEnv = process.env): Promise<EmbeddedChild> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, tsArgs("scripts/embedded-db.ts"), {
      cwd: ROOT,
      env,
      stdio: ["ignore", "ignore", "inherit", "ipc"],
      detached: true,
    });
    const exited = new Promise<void>((done) => child.once("exit", () => done()));
    const stop = async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(timer);
    };
    const timeout = setTimeout(() => {
      void stop();
      reject(new Error("the embedded database did not start within 2 minutes"));
    }, 120_000);
    child.once("message", (message: { url?: string }) => {
      clearTimeout(timeout);
      if (message?.url) resolve({ url: message.url, child, stop });
      else reject(new Error("the embedded database sent no URL"));
    });
    child.once("exit", (code) => {
      clearTimeout(timeout);
      reject(new Error(`the embedded database exited with code ${code} before it was ready`));
    });
    child.once("error", reject);
  });
}

/**
 * Run `task` against DATABASE_URL, or, when it is unset, against the embedded
 * database started for the duration of the task (`npm run db:seed` with no set-up).
 */
export async function withDatabase<T>(task: (url: string) => Promise<T>): Promise<T> {
  const url = process.env.DATABASE_URL;
  if (url) {
    await ensureDatabase(url);
    return task(url);
  }
  const embedded = await spawnEmbeddedDb();
  console.log(`DATABASE_URL is not set: using the embedded database (${embedded.url})`);
  try {
    return await task(embedded.url);
  } finally {
    await embedded.stop();
  }
}
