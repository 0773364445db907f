-- Accent-insensitive French full-text search over the whole fiche
-- (docs/decisions/0003-search.md). Hand-written: Prisma does not model
-- generated columns or expression indexes, and later `migrate diff` runs leave them alone.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is STABLE (it depends on the search path), and generated columns and
-- index expressions need IMMUTABLE, hence this wrapper with a fixed dictionary.
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

ALTER TABLE "organization"
  ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('french', f_unaccent(coalesce("name", '') || ' ' || coalesce("displayName", '') || ' ' || coalesce("acronym", ''))), 'A') ||
    setweight(to_tsvector('french', f_unaccent(coalesce("searchText", ''))), 'B')
  ) STORED;

CREATE INDEX "organization_searchVector_idx" ON "organization" USING GIN ("searchVector");
CREATE INDEX "organization_name_trgm_idx" ON "organization" USING GIN (f_unaccent(lower("name" || ' ' || coalesce("acronym", '') || ' ' || "displayName")) gin_trgm_ops);
CREATE INDEX "training_name_trgm_idx" ON "training" USING GIN (f_unaccent(lower("name")) gin_trgm_ops);
