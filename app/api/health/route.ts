import { getDb } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** Liveness and database reachability, for load balancers and the test runner. */
export async function GET() {
  try {
    await getDb().$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", database: "ok" });
  } catch {
    return Response.json({ status: "degraded", database: "unreachable" }, { status: 503 });
  }
}
