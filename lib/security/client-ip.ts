import { BlockList, isIP } from "node:net";

/**
 * The client's address, for per-address sign-in throttling (issue 9: a
 * client-sent X-Forwarded-For let anyone pick the address they were counted
 * under). The socket's address comes from our server (scripts/serve.mjs sets
 * PEER_HEADER on every request, overwriting whatever the client sent).
 * X-Forwarded-For is read only when that socket address is a configured
 * proxy (TRUSTED_PROXIES), and then from the right: the first address that is
 * not one of our proxies is the client (entries left of it are the client's
 * own claims).
 */
export const PEER_HEADER = "x-passerelle-peer";

/** TRUSTED_PROXIES: comma-separated addresses or CIDR ranges ("10.0.0.0/8, 192.168.1.4, ::1"). */
export function parseTrustedProxies(value: string | undefined): BlockList {
  const list = new BlockList();
  for (const raw of (value ?? "").split(",").map((s) => s.trim()).filter(Boolean)) {
    const [address, prefix] = raw.split("/");
    const family = isIP(address);
    if (!family) throw new Error(`TRUSTED_PROXIES: "${raw}" is not an IP address or CIDR range`);
    const type = family === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address, type);
    else {
      const bits = Number(prefix);
      if (!Number.isInteger(bits) || bits < 0 || bits > (family === 6 ? 128 : 32)) throw new Error(`TRUSTED_PROXIES: bad prefix in "${raw}"`);
      list.addSubnet(address, bits, type);
    }
  }
  return list;
}

/** "::ffff:203.0.113.9" (an IPv4 client on a dual-stack socket) is 203.0.113.9. */
function normalise(address: string): string {
  const trimmed = address.trim().replace(/^\[|\]$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped ? mapped[1] : trimmed;
}

function isTrusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 6 ? "ipv6" : "ipv4");
}

export function clientIp(headers: Pick<Headers, "get">, trusted: BlockList): string {
  const peer = normalise(headers.get(PEER_HEADER) ?? "");
  if (!isIP(peer)) return "unknown";
  if (!isTrusted(trusted, peer)) return peer;
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map(normalise).filter(Boolean);
  let client = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!isIP(hops[i])) break;
    client = hops[i];
    if (!isTrusted(trusted, client)) break;
  }
  return client;
}
