-- Issue 9: a write either completes before its answer or not at all.
-- lib/db/write.ts sets the transaction-local setting passerelle.commit_deadline
-- and every recorded change inserts an audit_entry row. This deferred trigger
-- runs at COMMIT and refuses it once the deadline has passed (SQLSTATE 57014),
-- so a COMMIT a frozen server reads late is rolled back instead of landing
-- after the app reported the failure. Transactions without the setting (seed,
-- scripts) are not affected.
-- The function body is an escape string with \073 for its semicolons: the
-- migration runner splits this file on every semicolon (docs/decisions/0001).
CREATE OR REPLACE FUNCTION passerelle_commit_deadline() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  deadline text := current_setting(''passerelle.commit_deadline'', true)\073
BEGIN
  IF deadline IS NOT NULL AND deadline <> '''' AND clock_timestamp() > deadline::timestamptz THEN
    RAISE EXCEPTION ''commit deadline passed (%)'', deadline USING ERRCODE = ''57014''\073
  END IF\073
  RETURN NULL\073
END';

CREATE CONSTRAINT TRIGGER audit_entry_commit_deadline
  AFTER INSERT ON audit_entry
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION passerelle_commit_deadline();
