-- Search without personal data for anonymous viewers (issue 9), and exact words
-- before stemmed neighbours (issue 7). Hand-written parts follow the
-- 20261126000100_search migration: generated columns and their indexes.

-- The contact persons, apart from the open fiche text (lib/partners/search-text.ts).
ALTER TABLE "organization" ADD COLUMN     "contactSearchText" TEXT NOT NULL DEFAULT '';

-- Names and e-mails are not French words: no stemming, accents and case folded.
ALTER TABLE "organization"
  ADD COLUMN "contactSearchVector" tsvector GENERATED ALWAYS AS (
    to_tsvector('simple', f_unaccent(coalesce("contactSearchText", '')))
  ) STORED;
CREATE INDEX "organization_contactSearchVector_idx" ON "organization" USING GIN ("contactSearchVector");

-- The open fiche's words as written (folded, unstemmed): a search ranks the
-- fiches holding its exact words before those matching only a stemmed neighbour.
ALTER TABLE "organization"
  ADD COLUMN "exactSearchVector" tsvector GENERATED ALWAYS AS (
    to_tsvector('simple', f_unaccent(coalesce("name", '') || ' ' || coalesce("displayName", '') || ' ' || coalesce("acronym", '') || ' ' || coalesce("searchText", '')))
  ) STORED;
CREATE INDEX "organization_exactSearchVector_idx" ON "organization" USING GIN ("exactSearchVector");

-- The open text held the contact persons until now: empty it, so that no search
-- matches or quotes them from here on. `npm run db:migrate` and `npm start`
-- rebuild every emptied text right after the migrations (lib/partners/search-index.ts).
UPDATE "organization" SET "searchText" = '';
