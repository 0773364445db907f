import http from "node:http";

/**
 * HTTP requests to the e2e server from another loopback address (127.0.0.2…),
 * with their own cookie jar: how a test plays an attacker whose socket address
 * differs from the browser's (issue 9, per-address throttling). Chromium
 * cannot choose its source address; Node can.
 */
export interface AddressClient {
  request(method: "GET" | "POST", path: string, options?: { form?: Record<string, string>; headers?: Record<string, string> }): Promise<{ status: number; location: string | null; body: string; setCookies: string[] }>;
  cookies: Map<string, string>;
}

export function fromAddress(baseURL: string, localAddress: string): AddressClient {
  const base = new URL(baseURL);
  const cookies = new Map<string, string>();
  return {
    cookies,
    request(method, path, options = {}) {
      const body = options.form ? new URLSearchParams(options.form).toString() : undefined;
      return new Promise((resolve, reject) => {
        const req = http.request(
          {
            host: base.hostname,
            port: base.port,
            path,
            method,
            localAddress,
            headers: {
              ...(cookies.size ? { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join("; ") } : {}),
              ...(body ? { "content-type": "application/x-www-form-urlencoded", "content-length": String(Buffer.byteLength(body)) } : {}),
              ...options.headers,
            },
          },
          (res) => {
            const setCookies = ([] as string[]).concat(res.headers["set-cookie"] ?? []);
            for (const line of setCookies) {
              const [pair] = line.split(";");
              const eq = pair.indexOf("=");
              cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
            }
            let text = "";
            res.setEncoding("utf8");
            res.on("data", (chunk) => (text += chunk));
            res.on("end", () => resolve({ status: res.statusCode ?? 0, location: res.headers.location ?? null, body: text, setCookies }));
          },
        );
        req.on("error", reject);
        if (body) req.write(body);
        req.end();
      });
    },
  };
}

/** One sign-in through next-auth's own credentials endpoint: true when a session cookie came back. */
export async function credentialsSignIn(client: AddressClient, email: string, password: string, headers: Record<string, string> = {}): Promise<boolean> {
  const csrf = await client.request("GET", "/api/auth/csrf");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const res = await client.request("POST", "/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" }, headers });
  return res.setCookies.some((c) => c.startsWith("passerelle.session=") && !/passerelle\.session=;/.test(c));
}
