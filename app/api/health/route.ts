import { apiRoute } from "@/lib/api/route";
import { pingDatabase } from "@/lib/db/health";

export const dynamic = "force-dynamic";

/**
 * Liveness and database reachability, for load balancers and the test runner:
 * 200, or 503 within 2 s when the database does not answer (lib/db/health.ts).
 */
export const GET = apiRoute(async () => {
  await pingDatabase();
  return Response.json({ status: "ok", database: "ok" }, { headers: { "Cache-Control": "no-store" } });
});
