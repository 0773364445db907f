-- Issue 8: the relevance order of a search. Hand-written: Prisma does not model
-- generated columns (as in 20261126000100_search).
--
-- "nameVector": the weight-A part of "searchVector" (name, display name and
-- acronym), the same expression, so the same lexemes at the same positions.
-- The relevance order asks of every hit whether the query's words are in its
-- name (lib/partners/search.ts searchRankOrder). Asked of "searchVector" it
-- read each hit's ~4 kB vector from TOAST a second time (~23 ms of the ~110 ms
-- page statement of a common word at 10,000 partners): this small vector sits
-- in the row. (No semicolon in these comments: the migration runner splits the
-- script on them.)
ALTER TABLE "organization"
  ADD COLUMN "nameVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('french', f_unaccent(coalesce("name", '') || ' ' || coalesce("displayName", '') || ' ' || coalesce("acronym", ''))), 'A')
  ) STORED;
