import NextAuth from "next-auth";
import { apiRoute } from "@/lib/api/route";
import { authOptions } from "@/lib/auth/options";

// next-auth's own endpoints (session, csrf, signout, credentials callback). The
// app's forms use the server actions in lib/auth/actions.ts; both share one
// cookie format, one throttled credentials check, and the same Secure cookies
// behind HTTPS (x-forwarded-proto, set by Next.js itself for a direct TLS socket).
type Context = { params: Promise<{ nextauth: string[] }> };

const handler = apiRoute<Context>(async (req, context) => {
  const https = req.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
  return NextAuth(authOptions({ https }))(req, context);
});

export { handler as GET, handler as POST };
