-- Issue 8: the relevance tier of a search from its hits. Hand-written: Prisma
-- does not model indexes on generated columns (as in 20261128191500_name_vector).
--
-- A search's hits now say which fiches hold the query's words in their name
-- (lib/partners/search.ts, the branch on "nameVector"): read from this index,
-- the cost follows the name matches (a few hundred for a common word at 10,000
-- partners), where asking it of every hit read each hit's row in the page's
-- statement (docs/benchmarks.md, "The relevance tier from the hits"). (No
-- semicolon in these comments: the migration runner splits the script on them.)
CREATE INDEX "organization_nameVector_idx" ON "organization" USING GIN ("nameVector");
