-- SPDX-License-Identifier: GPL-2.0-or-later
-- Version 3: persons and households are never physically deleted: they are moved out (注销, logout) so
-- they stay in history. Also an index for audit queries by time.
CREATE TRIGGER person_no_delete BEFORE DELETE ON person
BEGIN SELECT RAISE(ABORT, 'persons are never deleted; move the person out (logout) instead'); END;
CREATE TRIGGER household_no_delete BEFORE DELETE ON household
BEGIN SELECT RAISE(ABORT, 'households are never deleted; move the household out (logout) instead'); END;
CREATE INDEX audit_log_at ON audit_log(at);
