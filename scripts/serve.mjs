/**
 * The web server: Next.js's request handler behind a plain Node HTTP server,
 * so that the socket's address reaches the app (issue 9). `next start` gives
 * route handlers and server actions no way to tell the client's own
 * X-Forwarded-For from the socket; here every request carries the socket
 * address in `x-passerelle-peer`, overwriting anything the client sent, and
 * lib/security/client-ip.ts trusts X-Forwarded-For only from TRUSTED_PROXIES.
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

const server = createServer((req, res) => {
  req.headers["x-passerelle-peer"] = req.socket.remoteAddress ?? "";
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
