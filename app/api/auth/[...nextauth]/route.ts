import NextAuth from "next-auth";
import { apiRoute } from "@/lib/api/route";
import { authOptions } from "@/lib/auth/options";

// next-auth's own endpoints (session, csrf, signout, credentials callback). The
// app's forms use the server actions in lib/auth/actions.ts; both share one
// cookie format and one throttled credentials check.
type Context = { params: Promise<{ nextauth: string[] }> };

const handler = apiRoute<Context>(async (req, context) => NextAuth(authOptions())(req, context));

export { handler as GET, handler as POST };
