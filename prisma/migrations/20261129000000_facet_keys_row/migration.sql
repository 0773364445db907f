-- Issue 8: the facet counts read one narrow table. Hand-written, as 20261128190000_facet_keys.
--
-- "organization_facet_keys" now also holds the partner's own columns that the
-- facets and their filters read (status, national coverage, category,
-- returnee experience), and a row for every partner. The facet statement
-- (lib/partners/queries.ts getPartnerFacets) then scans this table alone
-- instead of joining it with "organization" on every view: the join hashed
-- ~10,000 rows of region and funder arrays for each facet read (~6 ms of the
-- ~13 ms of a filtered view at 10,000 partners, docs/benchmarks.md
-- "Facet keys, one table"). A view whose filters read other columns
-- (insertion rate, verification date) still joins "organization".
--
-- Kept by triggers, as the arrays are: every insert of a partner adds its row,
-- every change of one of the four columns copies it. No semicolon in these
-- comments (the migration runner splits the script on them), \073 in the bodies.
ALTER TABLE "organization_facet_keys"
  ADD COLUMN "status" "RecordStatus",
  ADD COLUMN "national" boolean,
  ADD COLUMN "category" "PartnerCategory",
  ADD COLUMN "returneeExperience" "ReturneeExperience";

-- The refresh of 20261128190000, now writing the four columns too.
CREATE OR REPLACE FUNCTION passerelle_refresh_facet_keys(ids integer[]) RETURNS void LANGUAGE plpgsql AS E'
BEGIN
  PERFORM 1 FROM "organization" o WHERE o."id" = ANY(ids) ORDER BY o."id" FOR NO KEY UPDATE\073
  INSERT INTO "organization_facet_keys" ("partnerId", "regionIds", "funderIds", "status", "national", "category", "returneeExperience")
  SELECT o."id",
         coalesce((SELECT array_agg(pr."regionId" ORDER BY pr."regionId") FROM "organization_region" pr WHERE pr."partnerId" = o."id"), ''{}''),
         coalesce((SELECT array_agg(DISTINCT fu."funderId" ORDER BY fu."funderId") FROM "funding" fu WHERE fu."partnerId" = o."id"), ''{}''),
         o."status", o."national", o."category", o."returneeExperience"
  FROM "organization" o
  WHERE o."id" = ANY(ids)
  ON CONFLICT ("partnerId") DO UPDATE SET "regionIds" = EXCLUDED."regionIds", "funderIds" = EXCLUDED."funderIds",
    "status" = EXCLUDED."status", "national" = EXCLUDED."national", "category" = EXCLUDED."category",
    "returneeExperience" = EXCLUDED."returneeExperience"\073
END';

-- A partner's own columns, on its insert and on every change of one of them
-- (row by row: a trigger with a column list cannot have transition tables).
-- A new partner starts with empty arrays, filled by the triggers of its
-- regions and fundings as they are inserted.
CREATE OR REPLACE FUNCTION passerelle_facet_keys_partner() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO "organization_facet_keys" ("partnerId", "status", "national", "category", "returneeExperience")
  VALUES (NEW."id", NEW."status", NEW."national", NEW."category", NEW."returneeExperience")
  ON CONFLICT ("partnerId") DO UPDATE SET "status" = EXCLUDED."status", "national" = EXCLUDED."national",
    "category" = EXCLUDED."category", "returneeExperience" = EXCLUDED."returneeExperience"\073
  RETURN NULL\073
END';

CREATE TRIGGER organization_facet_keys_insert AFTER INSERT ON "organization"
  FOR EACH ROW EXECUTE FUNCTION passerelle_facet_keys_partner();
CREATE TRIGGER organization_facet_keys_update AFTER UPDATE OF "status", "national", "category", "returneeExperience" ON "organization"
  FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."national" IS DISTINCT FROM NEW."national"
    OR OLD."category" IS DISTINCT FROM NEW."category" OR OLD."returneeExperience" IS DISTINCT FROM NEW."returneeExperience")
  EXECUTE FUNCTION passerelle_facet_keys_partner();

-- Every partner already in the database, then the columns required from now on.
SELECT passerelle_refresh_facet_keys(ARRAY(SELECT o."id" FROM "organization" o));

ALTER TABLE "organization_facet_keys"
  ALTER COLUMN "status" SET NOT NULL,
  ALTER COLUMN "status" SET DEFAULT 'active',
  ALTER COLUMN "national" SET NOT NULL,
  ALTER COLUMN "national" SET DEFAULT false,
  ALTER COLUMN "category" SET NOT NULL,
  ALTER COLUMN "returneeExperience" SET NOT NULL,
  ALTER COLUMN "returneeExperience" SET DEFAULT 'unknown';
