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
 *   node scripts/serve.mjs [--dev] [--port N] [--hostname H]
 */
import { createServer } from "node:http";
import next from "next";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const dev = args.includes("--dev");
const port = Number(option("port", process.env.PORT ?? "3000"));
const hostname = option("hostname", process.env.HOSTNAME ?? undefined);

const app = next({ dev, port, hostname: hostname ?? "localhost" });
const handle = app.getRequestHandler();
await app.prepare();

/**
 * A path that is not valid percent-encoded UTF-8 (/partners/%E2%82) makes
 * Next.js's router throw before any of our code runs: a bare 500 without
 * headers (issue 9). It is the client's mistake: 400, with the headers
 * every answer carries (lib/security/headers.ts, the static part).
 */
function malformedPath(url) {
  try {
    decodeURIComponent((url ?? "/").split("?")[0]);
    return false;
  } catch {
    return true;
  }
}

const BAD_PATH_HEADERS = {
  "content-type": "text/plain; charset=utf-8",
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
};

const server = createServer((req, res) => {
  req.headers["x-passerelle-peer"] = req.socket.remoteAddress ?? "";
  if (malformedPath(req.url)) {
    const message = "Adresse invalide : le chemin contient un encodage incorrect. / Bad address: the path is not valid percent-encoded UTF-8.";
    if (req.url?.startsWith("/api/")) {
      // The API's one error body (lib/api/errors.ts).
      res.writeHead(400, { ...BAD_PATH_HEADERS, "content-type": "application/json; charset=utf-8" });
      res.end(JSON.stringify({ error: { code: "invalid_parameter", param: "path", message } }));
    } else {
      res.writeHead(400, BAD_PATH_HEADERS);
      res.end(`${message}\n`);
    }
    return;
  }
  void handle(req, res);
});
server.listen(port, hostname, () => {
  console.log(`▲ Next.js ${dev ? "development" : "production"} server on http://${hostname ?? "localhost"}:${port}`);
});

const stop = () => {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5_000).unref();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
