-- SPDX-License-Identifier: GPL-2.0-or-later
-- Version 11: persons and households are still never deleted, with one exception: undoing the edit that created
-- them (a newborn added by mistake, a household entered twice). revertRecordChange grants the delete for exactly
-- those records, inside its own transaction, and withdraws the grant before it commits; the delete is audited.
CREATE TABLE undo_grant (
  table_name TEXT NOT NULL,
  record_id INTEGER NOT NULL,
  PRIMARY KEY (table_name, record_id)
);
DROP TRIGGER person_no_delete;
DROP TRIGGER household_no_delete;
CREATE TRIGGER person_no_delete BEFORE DELETE ON person
WHEN NOT EXISTS (SELECT 1 FROM undo_grant WHERE table_name = 'person' AND record_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'persons are never deleted; move the person out (logout) instead'); END;
CREATE TRIGGER household_no_delete BEFORE DELETE ON household
WHEN NOT EXISTS (SELECT 1 FROM undo_grant WHERE table_name = 'household' AND record_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'households are never deleted; move the household out (logout) instead'); END;
