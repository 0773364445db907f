-- The directory's vocabulary, for "did you mean" when a search finds nothing
-- (lib/partners/search-suggestion.ts): every word of the open text of active
-- fiches ("exactSearchVector": name, acronym and open fiche text, folded and
-- unstemmed, while contact persons live apart in "contactSearchVector" and never
-- reach it), with how many fiches hold it. Figures and one- or two-letter
-- words are left out: no one mistypes them into something else.
-- Refreshed after a seed, an import and the search texts' rebuild at start
-- (lib/partners/search-words.ts), and an edit in between adds its words at the next one.
--
-- ts_stat runs its query text at every refresh, and PostgreSQL 17 and later
-- (the embedded database) create and refresh a materialized view with
-- search_path set to pg_catalog: the table is named with this migration's
-- schema, written into the text here. The body is an escape string with \073
-- for its semicolons: the migration runner splits this file on every semicolon
-- (as in 20261128020754).
DO E'
BEGIN
  EXECUTE format(
    ''CREATE MATERIALIZED VIEW "search_word" AS SELECT s."word", s."ndoc" AS "fiches" FROM ts_stat(%L) s WHERE length(s."word") >= 3 AND s."word" !~ %L'',
    format(''SELECT "exactSearchVector" FROM %I."organization" WHERE "status" = %L'', current_schema(), ''active''),
    ''^[0-9]'')\073
END';

CREATE UNIQUE INDEX "search_word_word_key" ON "search_word" ("word");
CREATE INDEX "search_word_trgm_idx" ON "search_word" USING GIN ("word" gin_trgm_ops);
