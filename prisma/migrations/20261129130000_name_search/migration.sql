-- Issue 8: the name a search compares, stored. Hand-written: Prisma does not
-- model generated columns (as in 20261128131500_list_keys).
--
-- The name branches of a search (lib/partners/search.ts: substring, a small
-- typo, the similarity that orders a tier) read the name, the acronym and the
-- display name folded together. Computed by f_unaccent on each candidate row
-- at every search, and holding the name twice (the display name is most often
-- the name in other capitals), it cost a common word ~40 ms of its ~75 ms hits
-- at 10,000 partners (docs/benchmarks.md, "The relevance tier from the hits").
-- Stored, it is read, and the display name joins it only when it says
-- something the name does not. (No semicolon in these comments: the migration
-- runner splits the script on them.)
ALTER TABLE "organization"
  ADD COLUMN "nameSearch" text GENERATED ALWAYS AS (
    f_unaccent(lower("name" || ' ' || coalesce("acronym", '') ||
      CASE WHEN f_unaccent(lower("displayName")) = f_unaccent(lower("name")) THEN '' ELSE ' ' || "displayName" END))
  ) STORED;

CREATE INDEX "organization_nameSearch_trgm_idx" ON "organization" USING GIN ("nameSearch" gin_trgm_ops);

DROP INDEX "organization_name_trgm_idx";
