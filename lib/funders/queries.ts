import "server-only";
import type { Viewer } from "../auth/roles";
import { getDb } from "../db/client";
import { Prisma } from "../db/generated/client";
import { activeFiches, isVisibleTo } from "../directory/visibility";
import { isSlug } from "../directory/slug";
import type { FundedPartnerView } from "../donors/types";
import { categorySlug, type PartnerCategory } from "../fiches/values/categories";
import type { MatrixRegion } from "../regions/matrix";
import { inFrenchOrder } from "../regions/order";
import { readFundedPartners } from "./funded";
import { byMostPartners, funderFigures, type FundedPartnerFacts, type FunderFigures } from "./summary";

/**
 * Every funder the partner fiches name (not only the report's donor fiches),
 * with what it funds where. Only active partners count; a donor fiche is linked
 * when this viewer may open it.
 */

export interface FunderSummary extends FunderFigures {
  slug: string;
  name: string;
  fullName: string | null;
  /** multilateral, bilateral, public-mali, ngo, private, other (lib/fiches/values/funder-vocabulary.ts). */
  kind: string;
  /** The report's donor fiche ("fiche acteur") about this funder, when there is one. */
  donor: { slug: string; name: string } | null;
}

export interface FunderDirectory {
  activePartners: number;
  regions: { slug: string; name: string }[];
  funders: FunderSummary[];
}

export interface FunderDetail extends FunderSummary {
  /** The partners it funds (./funded.ts): all of them, or the first ones a page shows (`partnerCount` says how many in all). */
  partners: FundedPartnerView[];
  activePartners: number;
}

const funderSelect = {
  id: true,
  slug: true,
  name: true,
  fullName: true,
  kind: true,
  donor: { select: { slug: true, displayName: true, status: true } },
} as const;

type FunderRow = {
  id: number;
  slug: string;
  name: string;
  fullName: string | null;
  kind: string;
  donor: { slug: string; displayName: string; status: string } | null;
};

/**
 * The facts the figures count of every funding of an active partner (of one
 * funder, or of all), flat: the partner's category, coverage and region ids
 * from its facet keys (kept by triggers, as the list's facets read them). At
 * 10,000 partners, ~60,000 fundings: Prisma's nested read of each funder's
 * fundings, partners and regions took 1.3–1.8 s (docs/benchmarks.md, "Pages
 * that read every partner").
 */
async function fundedFacts(funderId?: number): Promise<Array<FundedPartnerFacts & { funderId: number }>> {
  const rows = await getDb().$queryRaw<Array<{ funderId: number; id: number; category: PartnerCategory; national: boolean; regionIds: number[]; current: boolean }>>(
    Prisma.sql`
    SELECT fu."funderId", k."partnerId" AS "id", k."category"::text AS "category", k."national", k."regionIds", fu."current"
    FROM "funding" fu JOIN "organization_facet_keys" k ON k."partnerId" = fu."partnerId"
    WHERE k."status" = 'active'${funderId === undefined ? Prisma.empty : Prisma.sql` AND fu."funderId" = ${funderId}`}`,
  );
  return rows.map((r) => ({ ...r, category: categorySlug(r.category) }));
}

async function context() {
  const db = getDb();
  const [regions, activePartners] = await Promise.all([
    db.region.findMany({ select: { id: true, slug: true, name: true } }),
    db.partner.count({ where: activeFiches }),
  ]);
  return { regions: inFrenchOrder(regions), activePartners };
}

function summarize(row: FunderRow, figures: FunderFigures, viewer: Viewer): FunderSummary {
  const donorVisible = row.donor && isVisibleTo(row.donor.status as "active" | "archived", viewer);
  return {
    slug: row.slug,
    name: row.name,
    fullName: row.fullName,
    kind: row.kind,
    donor: donorVisible ? { slug: row.donor!.slug, name: row.donor!.displayName } : null,
    ...figures,
  };
}

/**
 * What every funder funds where, keyed by funder id: counts over active
 * partners, the same for every viewer (no contact, no archived fiche), so
 * pages may share them through the data cache (./cached.ts).
 */
export interface FundingFigures {
  activePartners: number;
  /** Every region, in French order. */
  regions: MatrixRegion[];
  byFunder: Record<number, FunderFigures>;
}

export async function readFundingFigures(): Promise<FundingFigures> {
  const [ctx, facts] = await Promise.all([context(), fundedFacts()]);
  const byFunder = new Map<number, FundedPartnerFacts[]>();
  for (const f of facts) {
    const list = byFunder.get(f.funderId);
    if (list) list.push(f);
    else byFunder.set(f.funderId, [f]);
  }
  return {
    activePartners: ctx.activePartners,
    regions: ctx.regions,
    byFunder: Object.fromEntries([...byFunder].map(([id, list]) => [id, funderFigures(list, ctx.regions, ctx.activePartners)])),
  };
}

/** Every funder with its figures (`figures`: read now, or the cached ones of ./cached.ts); the donor fiche linked when this viewer may open it. */
export async function listFunders(viewer: Viewer, figures: () => Promise<FundingFigures> = readFundingFigures): Promise<FunderDirectory> {
  const [all, rows] = await Promise.all([figures(), getDb().funder.findMany({ select: funderSelect })]);
  const funders = rows
    // A funder no active partner names has no entry: its figures are zeroes.
    .map((row) => summarize(row, all.byFunder[row.id] ?? funderFigures([], all.regions, all.activePartners), viewer))
    .sort(byMostPartners);
  return { activePartners: all.activePartners, regions: all.regions.map(({ slug, name }) => ({ slug, name })), funders };
}

export interface FunderReadOptions {
  /** Only the first partners, as a page shows them (all of them by default). */
  partnersShown?: number;
  /** Its figures from these (the cached ones of ./cached.ts) instead of counting its fundings now. */
  figures?: () => Promise<FundingFigures>;
}

/** One funder with its figures and the partners it funds; null for an unknown slug. */
export async function getFunderBySlug(slug: string, viewer: Viewer, options: FunderReadOptions = {}): Promise<FunderDetail | null> {
  if (!isSlug(slug)) return null;
  const row = await getDb().funder.findUnique({ where: { slug }, select: funderSelect });
  if (!row) return null;
  const [figures, funded] = await Promise.all([figuresOf(row.id, options.figures), readFundedPartners(row.id, options.partnersShown)]);
  return { ...summarize(row, figures.funder, viewer), activePartners: figures.activePartners, partners: funded.partners };
}

/** One funder's figures, from `all` (a funder no active partner names has none there: zeroes) or counted now. */
async function figuresOf(funderId: number, all?: () => Promise<FundingFigures>): Promise<{ funder: FunderFigures; activePartners: number }> {
  if (all) {
    const { byFunder, regions, activePartners } = await all();
    return { funder: byFunder[funderId] ?? funderFigures([], regions, activePartners), activePartners };
  }
  const [ctx, facts] = await Promise.all([context(), fundedFacts(funderId)]);
  return { funder: funderFigures(facts, ctx.regions, ctx.activePartners), activePartners: ctx.activePartners };
}
