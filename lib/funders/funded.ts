import "server-only";
/**
 * The partners a funder funds, one row each, as a funder's page, its donor's
 * page and their API answers list them: active fiches only, funded now first,
 * then by name (`byCurrentThenName`).
 *
 * A page shows the first `FUNDED_ROWS_SHOWN` (./summary.ts) and links to the
 * rest in the list. At 10,000 partners one funder funds ~3,000 of them: reading
 * every funding with its partner and regions to show 50 took ~150 ms of a
 * ~250-ms page (docs/benchmarks.md, "A funder's partners, the first ones only").
 * So a bounded read orders the light rows (id, name, funded now) of all of them,
 * then reads the shown ones in full.
 */
import { getDb } from "../db/client";
import { Prisma } from "../db/generated/client";
import { activeFiches } from "../directory/visibility";
import { fundingSelect } from "../donors/rows";
import { byCurrentThenName, groupFundedPartners } from "../donors/serializers";
import type { FundedPartners } from "../donors/types";

/** A partner's mentions of the funder in the fiche's order. */
const MENTION_ORDER = [{ partnerId: "asc" }, { position: "asc" }] satisfies Prisma.FundingOrderByWithRelationInput[];

/** The partners `funderId` funds: all of them, or the first `limit` in the page's order with the total. */
export async function readFundedPartners(funderId: number, limit?: number): Promise<FundedPartners> {
  const db = getDb();
  if (limit === undefined) {
    const partners = groupFundedPartners(await db.funding.findMany({ where: { funderId, partner: activeFiches }, orderBy: MENTION_ORDER, select: fundingSelect }));
    return { partners, total: partners.length };
  }
  // The name as groupFundedPartners shows it (the display name, else the name): the order must be the rows' own.
  const light = await db.$queryRaw<Array<{ id: number; slug: string; name: string; current: boolean }>>(Prisma.sql`
    SELECT o."id", o."slug", coalesce(nullif(o."displayName", ''), o."name") AS "name", bool_or(fu."current") AS "current"
    FROM "funding" fu JOIN "organization" o ON o."id" = fu."partnerId"
    WHERE fu."funderId" = ${funderId} AND o."status" = 'active'
    GROUP BY o."id"`); // "slug" and the names depend on the primary key
  const ids = light.sort(byCurrentThenName).slice(0, limit).map((p) => p.id);
  if (!ids.length) return { partners: [], total: light.length };
  const fundings = await db.funding.findMany({ where: { funderId, partnerId: { in: ids } }, orderBy: MENTION_ORDER, select: fundingSelect });
  return { partners: groupFundedPartners(fundings), total: light.length };
}
