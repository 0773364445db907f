-- Issue 7: the typed facts of the fiches, carried into the database.
-- capacity.per: the part one figure counts ("25 apprenants par groupe"), so the
-- minimum-capacity filter compares whole figures only, funding.inferred: a funder
-- known only through the programme the fiche names ("via PROCEJ"),
-- organization.nationalText: the fiche's own words for national coverage,
-- project.budgetParts: the phases or shares a budget lists, beside its total.
-- The next seed run fills them in (it writes only what differs).
-- AlterTable
ALTER TABLE "organization" ADD COLUMN     "nationalText" TEXT;

-- AlterTable
ALTER TABLE "capacity" ADD COLUMN     "per" TEXT;

-- AlterTable
ALTER TABLE "funding" ADD COLUMN     "inferred" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "project" ADD COLUMN     "budgetParts" JSON NOT NULL DEFAULT '[]';

