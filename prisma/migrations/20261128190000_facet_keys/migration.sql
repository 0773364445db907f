-- Issue 8: the facet counts of a list view. Hand-written: Prisma models the
-- table (PartnerFacetKeys) but not the triggers that keep it.
--
-- "organization_facet_keys": each partner's region ids and distinct funder ids
-- as two small arrays. The facet statement (lib/partners/queries.ts
-- getPartnerFacets) counts regions and funders by unnesting them over the
-- view's partners instead of joining organization_region and every funding:
-- for the whole directory at 10,000 partners the funder count went from
-- ~40 ms (61,631 fundings hashed and de-duplicated) to ~8 ms, the region count
-- from ~14 to ~4 ms (docs/benchmarks.md, "Facet keys"). A partner with
-- neither regions nor fundings may have no row: readers take a missing row
-- as two empty arrays. Nothing in the app writes it: the triggers below keep
-- it in step with every write to organization_region and funding, whoever
-- makes it (seed, imports, admin edits, the bench's bulk inserts).
CREATE TABLE "organization_facet_keys" (
  "partnerId" integer PRIMARY KEY REFERENCES "organization"("id") ON DELETE CASCADE,
  "regionIds" integer[] NOT NULL DEFAULT '{}',
  "funderIds" integer[] NOT NULL DEFAULT '{}'
);

-- Recomputes the rows of the given partners from their regions and fundings.
-- The partners' rows are locked first (FOR NO KEY UPDATE, in id order): two
-- transactions changing one partner's regions and fundings at the same time
-- then refresh one after the other, the second reading what the first
-- committed, instead of each writing its own half-stale arrays. Partners
-- deleted meanwhile are skipped (their row goes with them, ON DELETE CASCADE).
-- The function body is an escape string with \073 for its semicolons: the
-- migration runner splits this file on every semicolon (as in 20261128020754).
CREATE OR REPLACE FUNCTION passerelle_refresh_facet_keys(ids integer[]) RETURNS void LANGUAGE plpgsql AS E'
BEGIN
  PERFORM 1 FROM "organization" o WHERE o."id" = ANY(ids) ORDER BY o."id" FOR NO KEY UPDATE\073
  INSERT INTO "organization_facet_keys" ("partnerId", "regionIds", "funderIds")
  SELECT o."id",
         coalesce((SELECT array_agg(pr."regionId" ORDER BY pr."regionId") FROM "organization_region" pr WHERE pr."partnerId" = o."id"), ''{}''),
         coalesce((SELECT array_agg(DISTINCT fu."funderId" ORDER BY fu."funderId") FROM "funding" fu WHERE fu."partnerId" = o."id"), ''{}'')
  FROM "organization" o
  WHERE o."id" = ANY(ids)
  ON CONFLICT ("partnerId") DO UPDATE SET "regionIds" = EXCLUDED."regionIds", "funderIds" = EXCLUDED."funderIds"\073
END';

-- One refresh per statement, for the partners its rows belong to (transition
-- tables: a bulk insert of 60,000 fundings refreshes each partner once).
CREATE OR REPLACE FUNCTION passerelle_facet_keys_inserted() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM passerelle_refresh_facet_keys(ARRAY(SELECT DISTINCT n."partnerId" FROM changed_new n))\073
  RETURN NULL\073
END';

CREATE OR REPLACE FUNCTION passerelle_facet_keys_deleted() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM passerelle_refresh_facet_keys(ARRAY(SELECT DISTINCT d."partnerId" FROM changed_old d))\073
  RETURN NULL\073
END';

CREATE OR REPLACE FUNCTION passerelle_facet_keys_updated() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM passerelle_refresh_facet_keys(ARRAY(SELECT n."partnerId" FROM changed_new n UNION SELECT d."partnerId" FROM changed_old d))\073
  RETURN NULL\073
END';

CREATE OR REPLACE FUNCTION passerelle_facet_keys_truncated() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM passerelle_refresh_facet_keys(ARRAY(SELECT o."id" FROM "organization" o))\073
  RETURN NULL\073
END';

CREATE TRIGGER organization_region_facet_keys_insert AFTER INSERT ON "organization_region"
  REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION passerelle_facet_keys_inserted();
CREATE TRIGGER organization_region_facet_keys_delete AFTER DELETE ON "organization_region"
  REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION passerelle_facet_keys_deleted();
CREATE TRIGGER organization_region_facet_keys_update AFTER UPDATE ON "organization_region"
  REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION passerelle_facet_keys_updated();
CREATE TRIGGER organization_region_facet_keys_truncate AFTER TRUNCATE ON "organization_region"
  FOR EACH STATEMENT EXECUTE FUNCTION passerelle_facet_keys_truncated();

CREATE TRIGGER funding_facet_keys_insert AFTER INSERT ON "funding"
  REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION passerelle_facet_keys_inserted();
CREATE TRIGGER funding_facet_keys_delete AFTER DELETE ON "funding"
  REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION passerelle_facet_keys_deleted();
CREATE TRIGGER funding_facet_keys_update AFTER UPDATE ON "funding"
  REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION passerelle_facet_keys_updated();
CREATE TRIGGER funding_facet_keys_truncate AFTER TRUNCATE ON "funding"
  FOR EACH STATEMENT EXECUTE FUNCTION passerelle_facet_keys_truncated();

-- The partners already in the database.
SELECT passerelle_refresh_facet_keys(ARRAY(SELECT o."id" FROM "organization" o));
