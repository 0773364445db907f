/**
 * A TCP relay in front of a real PostgreSQL server that can be frozen, to test
 * what the app does when the database stops answering without going down
 * (issue 9) on a shared server that must not be stopped itself.
 *
 * Frozen, it behaves like a server process stopped with SIGSTOP: connections
 * are still accepted (the kernel does that), bytes sent either way are held,
 * not lost. Thawed, the held bytes are delivered in order, as a stopped server
 * would read its socket buffers after SIGCONT, including a COMMIT the client
 * gave up on and the end of a connection the client closed meanwhile.
 */
import net from "node:net";

interface Pair {
  client: net.Socket;
  server: net.Socket | null;
  toServer: Buffer[];
  toClient: Buffer[];
  clientEnded: boolean;
  serverEnded: boolean;
}

export interface StallProxy {
  /** The target URL with host and port replaced by the relay's. */
  url: string;
  freeze(): void;
  thaw(): void;
  close(): Promise<void>;
}

export async function startStallProxy(targetUrl: string): Promise<StallProxy> {
  const target = new URL(targetUrl);
  const targetPort = Number(target.port || 5432);
  const targetHost = target.hostname;
  const pairs = new Set<Pair>();
  let frozen = false;

  function connectServer(pair: Pair): void {
    const server = net.connect(targetPort, targetHost);
    pair.server = server;
    server.on("data", (chunk) => {
      if (frozen) pair.toClient.push(chunk);
      else pair.client.write(chunk);
    });
    server.on("end", () => {
      pair.serverEnded = true;
      if (!frozen) pair.client.end();
    });
    server.on("error", () => pair.client.destroy());
    server.on("close", () => pairs.delete(pair));
    flush(pair);
  }

  function flush(pair: Pair): void {
    if (!pair.server) return;
    for (const chunk of pair.toServer.splice(0)) pair.server.write(chunk);
    for (const chunk of pair.toClient.splice(0)) if (!pair.client.destroyed) pair.client.write(chunk);
    if (pair.clientEnded) pair.server.end();
    if (pair.serverEnded && !pair.client.destroyed) pair.client.end();
  }

  const relay = net.createServer((client) => {
    const pair: Pair = { client, server: null, toServer: [], toClient: [], clientEnded: false, serverEnded: false };
    pairs.add(pair);
    client.on("data", (chunk) => {
      if (frozen || !pair.server) pair.toServer.push(chunk);
      else pair.server.write(chunk);
    });
    // A client that gives up closes its socket: like the kernel, deliver what it sent, then the end.
    const ended = () => {
      pair.clientEnded = true;
      if (!frozen && pair.server) pair.server.end();
    };
    client.on("end", ended);
    client.on("close", ended);
    client.on("error", () => undefined);
    if (!frozen) connectServer(pair);
  });
  await new Promise<void>((resolve) => relay.listen(0, "127.0.0.1", resolve));
  const port = (relay.address() as net.AddressInfo).port;
  const url = new URL(targetUrl);
  url.hostname = "127.0.0.1";
  url.port = String(port);

  return {
    url: url.toString(),
    freeze() {
      frozen = true;
    },
    thaw() {
      frozen = false;
      for (const pair of pairs) {
        if (pair.server) flush(pair);
        else connectServer(pair);
      }
    },
    async close() {
      frozen = false;
      for (const pair of pairs) {
        pair.client.destroy();
        pair.server?.destroy();
      }
      await new Promise<void>((resolve) => relay.close(() => resolve()));
    },
  };
}
