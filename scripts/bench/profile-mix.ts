/**
 * What each URL of the realistic mix (./mix.ts) costs the database when no cache
 * answers: the list code itself (`listPartners`, `getPartnerFacets`) is called
 * for every URL, as an anonymous visitor (a cache miss) and as a signed-in
 * officer (always a miss: their search also reads contact persons), one at a
 * time, and the median wall time of `REPEAT` calls is kept per statement; then
 * each view as the page reads it (both side by side, as app/partners/(list)/page.tsx
 * does: a search's hits are then read once for both), with the CPU time the
 * PostgreSQL processes of this machine spent on the pass. Prints the
 * distributions and the slowest URLs; writes them as JSON to the file named by `--json=FILE`.
 *
 * `npm run bench -- --reuse-db --profile-mix` runs it against the bench database
 * (the list code is server-only: run with `node --conditions=react-server --import tsx`).
 */
import fs from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
import type { Db } from "../../lib/db/client";
import { PrismaClient } from "../../lib/db/generated/client";
import { createPool } from "../../lib/db/pool";
import type { Viewer } from "../../lib/auth/roles";
import { parsePartnerFilters, type PartnerFilters } from "../../lib/partners/filters";
import { getPartnerFacets, listPartners } from "../../lib/partners/queries";
import { postgresCpuSeconds } from "./cpu";
import { mixUrls } from "./mix";
import { formatProfile, median, percentile, type UrlTiming } from "./timings";

const REPEAT = 3;
const OFFICER: Viewer = { userId: -1, email: "bench-officer@passerelle.invalid", role: "officer" };

async function timed(read: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < REPEAT; i++) {
    const t = performance.now();
    await read();
    times.push(performance.now() - t);
  }
  return median(times);
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const json = process.argv.find((a) => a.startsWith("--json="))?.slice("--json=".length);
  const client = new PrismaClient({ adapter: new PrismaPg(createPool(url, 2)) });
  const db = client as unknown as Db;
  const views = mixUrls(200).map((u) => {
    const parsed = parsePartnerFilters(new URLSearchParams(u.split("?")[1] ?? ""));
    if (!parsed.success) throw new Error(`${u}: ${parsed.error.message}`);
    return { url: u, filters: parsed.data as PartnerFilters };
  });
  const out: Record<string, unknown> = {};
  try {
    await listPartners(views[0].filters, null, db); // connect, warm the pool
    for (const [label, viewer] of [["anonymous", null], ["officer", OFFICER]] as const) {
      const timings: UrlTiming[] = [];
      for (const { url: u, filters } of views) {
        const page = await timed(() => listPartners(filters, viewer, db));
        const facets = await timed(() => getPartnerFacets(filters, viewer, db));
        timings.push({ url: u, page, facets });
      }
      out[label] = timings;
      for (const line of formatProfile(`mix SQL, ${label}`, timings)) console.log(line);
      // The views as the page reads them: page and facets side by side.
      const viewTimes: number[] = [];
      const cpuBefore = postgresCpuSeconds();
      const t = performance.now();
      for (const { filters } of views) viewTimes.push(await timed(() => Promise.all([listPartners(filters, viewer, db), getPartnerFacets(filters, viewer, db)])));
      const wall = (performance.now() - t) / 1000 / REPEAT;
      const cpu = (postgresCpuSeconds() - cpuBefore) / REPEAT;
      out[`${label}Views`] = { passSeconds: wall, postgresCpuSeconds: cpu, views: views.map((v, i) => ({ url: v.url, ms: viewTimes[i] })) };
      console.log(
        `  views (page and facets side by side): p50 ${median(viewTimes).toFixed(1)} ms, p97.5 ${percentile(viewTimes, 97.5).toFixed(1)} ms; one pass over the ${views.length} URLs: ${wall.toFixed(2)} s, PostgreSQL CPU ${cpu.toFixed(2)} s`,
      );
      console.log("");
    }
  } finally {
    await client.$disconnect();
  }
  if (json) fs.writeFileSync(json, `${JSON.stringify(out, null, 2)}\n`);
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
