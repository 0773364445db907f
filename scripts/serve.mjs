/**
 * The web server: Next.js's request handler behind a plain Node HTTP server,
 * so that the socket's address reaches the app (issue 9). `next start` gives
 * route handlers and server actions no way to tell the client's own
 * X-Forwarded-For from the socket; here every request carries the socket
 * address in `x-passerelle-peer`, overwriting anything the client sent, and
 * lib/security/client-ip.ts trusts X-Forwarded-For only from TRUSTED_PROXIES.
 *
 * The data cache lives in each process's memory (lib/cache/handler.mjs, the
 * next.config.mjs `cacheHandler`), kept coherent between instances through the
 * database: nothing on disk to clear at start.
 *
 * Anonymous list and fiche pages are answered from memory for a minute when
 * someone asked the same before (lib/cache/page-cache.mjs, emptied by every
 * cache invalidation; PAGE_CACHE_TTL_SECONDS=0 turns it off; never in --dev).
 *
 * WEB_CONCURRENCY=N (default 1; production only) runs N worker processes on
 * the one port (node:cluster: the primary accepts connections and deals them
 * out round-robin). Each worker has its own cache, kept coherent with the
 * others' by the same channel as separate instances' (docs/deployment.md).
 * A worker that dies is replaced; SIGTERM or SIGINT stops them all.
 *
 *   node scripts/serve.mjs [--dev] [--port N] [--hostname H]
 */
import cluster from "node:cluster";
import { createServer } from "node:http";
import { answerFromCacheOrRender, sharedPageCache, withVisitorPath } from "../lib/cache/page-cache.mjs";
import { securityHeaders } from "../lib/security/headers.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const dev = args.includes("--dev");
const port = Number(option("port", process.env.PORT ?? "3000"));
const hostname = option("hostname", process.env.HOSTNAME ?? undefined);
const workers = dev ? 1 : Math.max(1, Number.parseInt(process.env.WEB_CONCURRENCY ?? "1", 10) || 1);

/** The primary of a multi-process start: keeps `count` workers running until told to stop. */
function superviseWorkers(count) {
  console.log(`passerelle: ${count} worker processes on port ${port} (WEB_CONCURRENCY)`);
  let stopping = false;
  const deaths = [];
  const live = () => Object.values(cluster.workers ?? {}).filter(Boolean);
  const stopAll = (code) => {
    if (stopping) return;
    stopping = true;
    process.exitCode = code;
    const running = live();
    if (running.length === 0) process.exit(code);
    for (const worker of running) worker.process.kill("SIGTERM");
    setTimeout(() => process.exit(code), 6_000).unref();
  };
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (live().length === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    // A worker failing at start (no build, a bad configuration) would fail again: give up.
    const now = Date.now();
    deaths.push(now);
    while (deaths[0] < now - 60_000) deaths.shift();
    if (deaths.length > count * 2) {
      console.error(`passerelle: workers keep stopping (${deaths.length} within a minute); stopping the server`);
      stopAll(1);
      return;
    }
    console.error(`passerelle: worker ${worker.process.pid} stopped (${signal ?? `exit ${code}`}); starting another`);
    cluster.fork();
  });
  for (let i = 0; i < count; i += 1) cluster.fork();
  process.on("SIGTERM", () => stopAll(0));
  process.on("SIGINT", () => stopAll(0));
}

/**
 * A path that is not valid percent-encoded UTF-8 (/partners/%E2%82) makes
 * Next.js's router throw before any of our code runs: a bare 500 without
 * headers (issue 9). It is the client's mistake: 400, with the headers
 * every answer carries (lib/security/headers.mjs, the static part).
 */
function malformedPath(url) {
  try {
    decodeURIComponent((url ?? "/").split("?")[0]);
    return false;
  } catch {
    return true;
  }
}

/**
 * The headers of a bad path's answer, which Next never sees: the site's security
 * headers (lib/security/headers.mjs, as next.config.mjs sets them on every
 * other answer), with a policy allowing nothing, since the body is only text.
 */
function badPathHeaders(req, contentType) {
  const https = req.headers["x-forwarded-proto"] === "https";
  return {
    ...Object.fromEntries(securityHeaders({ dev, https }).map(({ key, value }) => [key.toLowerCase(), value])),
    "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
    "content-type": contentType,
  };
}

/** One server process: Next's handler behind node:http (a cluster worker shares the primary's port). */
async function serve() {
  const { default: next } = await import("next");
  // Next.js's own name for this server stays "localhost" whatever address it listens on: it serves a
  // proxy rewrite (an /en/… page, proxy.ts) in-process only when the rewrite's origin is that name's,
  // and with `--hostname 127.0.0.1` every English page was fetched again over HTTP from this server.
  const app = next({ dev, port, hostname: "localhost" });
  // The page's path for when proxy.ts does not run (lib/cache/page-cache.mjs `withVisitorPath`).
  const handle = withVisitorPath(app.getRequestHandler());
  await app.prepare();
  const pages = sharedPageCache();

  const server = createServer((req, res) => {
    req.headers["x-passerelle-peer"] = req.socket.remoteAddress ?? "";
    if (malformedPath(req.url)) {
      const message = "Adresse invalide : le chemin contient un encodage incorrect. / Bad address: the path is not valid percent-encoded UTF-8.";
      if (req.url?.startsWith("/api/")) {
        // The API's one error body (lib/api/errors.ts).
        res.writeHead(400, badPathHeaders(req, "application/json; charset=utf-8"));
        res.end(JSON.stringify({ error: { code: "invalid_parameter", param: "path", message } }));
      } else {
        res.writeHead(400, badPathHeaders(req, "text/plain; charset=utf-8"));
        res.end(`${message}\n`);
      }
      return;
    }
    if (dev) void handle(req, res);
    else void answerFromCacheOrRender(pages, req, res, handle);
  });
  server.listen(port, hostname, () => {
    const worker = cluster.isWorker ? ` (worker ${cluster.worker.id}, pid ${process.pid})` : "";
    console.log(`▲ Next.js ${dev ? "development" : "production"} server on http://${hostname ?? "localhost"}:${port}${worker}`);
  });

  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

if (workers > 1 && cluster.isPrimary) superviseWorkers(workers);
else await serve();
