-- Issue 8: uncached list views. Hand-written: Prisma does not model generated
-- columns or covering indexes (as in 20261126000100_search).
--
-- "nameKey": the directory's reading order (unaccented, lower-case display name),
-- which every list order ends on. Computed by f_unaccent on each matching row at
-- every read, it cost ~35 ms over 10,000 partners (docs/benchmarks.md, "Uncached
-- list views"): stored, it is read. (No semicolon in these comments: the
-- migration runner splits the script on them.)
ALTER TABLE "organization"
  ADD COLUMN "nameKey" text GENERATED ALWAYS AS (f_unaccent(lower("displayName"))) STORED;

-- The list's and the facets' scan of the directory: every column their filters,
-- sort keys and facet flags read from the row, so that the scan is index-only
-- (a few hundred kB) instead of the ~2 kB-a-row heap, and the default order
-- (by name) comes in index order.
CREATE INDEX "organization_list_idx" ON "organization" ("status", "nameKey", "id")
  INCLUDE ("national", "category", "returneeExperience", "insertionRate", "verifiedAt", "number");
