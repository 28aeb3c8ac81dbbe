-- SPDX-License-Identifier: GPL-2.0-or-later
-- Version 8: party-link coverage per grid (党员联户覆盖率), kept exact by triggers like the household counts of
-- version 6, so the tree shows coverage for 20 k grids without counting links. A household is linkable when it is
-- active and not vacant; it is linked when it has at least one current link (end_date IS NULL).
ALTER TABLE grid_stats ADD COLUMN linkable INTEGER NOT NULL DEFAULT 0 CHECK (linkable >= 0);
ALTER TABLE grid_stats ADD COLUMN linked INTEGER NOT NULL DEFAULT 0 CHECK (linked >= 0);

UPDATE grid_stats SET
  linkable = (SELECT count(*) FROM household h WHERE h.grid_id = grid_stats.grid_id AND h.logout = 0
                AND h.household_type <> 'vacant'),
  linked = (SELECT count(*) FROM household h WHERE h.grid_id = grid_stats.grid_id AND h.logout = 0
              AND h.household_type <> 'vacant'
              AND EXISTS (SELECT 1 FROM party_link l WHERE l.household_id = h.id AND l.end_date IS NULL));

-- Households: an insert, an update of grid, logout or type, and a delete move the household's contribution.
CREATE TRIGGER grid_stats_link_household_insert AFTER INSERT ON household
WHEN NEW.grid_id IS NOT NULL AND NEW.logout = 0 AND NEW.household_type <> 'vacant'
BEGIN
  UPDATE grid_stats SET linkable = linkable + 1,
    linked = linked + EXISTS (SELECT 1 FROM party_link l WHERE l.household_id = NEW.id AND l.end_date IS NULL)
  WHERE grid_id = NEW.grid_id;
END;
CREATE TRIGGER grid_stats_link_household_update AFTER UPDATE OF grid_id, logout, household_type ON household
BEGIN
  UPDATE grid_stats SET linkable = linkable - 1,
    linked = linked - EXISTS (SELECT 1 FROM party_link l WHERE l.household_id = OLD.id AND l.end_date IS NULL)
  WHERE OLD.logout = 0 AND OLD.household_type <> 'vacant' AND grid_id = OLD.grid_id;
  UPDATE grid_stats SET linkable = linkable + 1,
    linked = linked + EXISTS (SELECT 1 FROM party_link l WHERE l.household_id = NEW.id AND l.end_date IS NULL)
  WHERE NEW.logout = 0 AND NEW.household_type <> 'vacant' AND grid_id = NEW.grid_id;
END;
CREATE TRIGGER grid_stats_link_household_delete AFTER DELETE ON household
WHEN OLD.grid_id IS NOT NULL AND OLD.logout = 0 AND OLD.household_type <> 'vacant'
BEGIN
  UPDATE grid_stats SET linkable = linkable - 1,
    linked = linked - EXISTS (SELECT 1 FROM party_link l WHERE l.household_id = OLD.id AND l.end_date IS NULL)
  WHERE grid_id = OLD.grid_id;
END;

-- Links: a household counts as linked from its first current link until its last one ends or goes.
CREATE TRIGGER grid_stats_link_insert AFTER INSERT ON party_link WHEN NEW.end_date IS NULL
BEGIN
  UPDATE grid_stats SET linked = linked + 1
  WHERE grid_id = (SELECT grid_id FROM household WHERE id = NEW.household_id AND logout = 0
                     AND household_type <> 'vacant')
    AND (SELECT count(*) FROM party_link WHERE household_id = NEW.household_id AND end_date IS NULL) = 1;
END;
CREATE TRIGGER grid_stats_link_delete AFTER DELETE ON party_link WHEN OLD.end_date IS NULL
BEGIN
  UPDATE grid_stats SET linked = linked - 1
  WHERE grid_id = (SELECT grid_id FROM household WHERE id = OLD.household_id AND logout = 0
                     AND household_type <> 'vacant')
    AND NOT EXISTS (SELECT 1 FROM party_link WHERE household_id = OLD.household_id AND end_date IS NULL);
END;
-- An update is the old row leaving and the new row arriving; "before" counts are rebuilt from the table after the
-- update by taking the new row out and putting the old row back.
CREATE TRIGGER grid_stats_link_update AFTER UPDATE OF end_date, household_id ON party_link
BEGIN
  UPDATE grid_stats SET linked = linked
    + ((SELECT count(*) FROM party_link WHERE household_id = OLD.household_id AND end_date IS NULL) > 0)
    - ((SELECT count(*) FROM party_link WHERE household_id = OLD.household_id AND end_date IS NULL)
         - (NEW.end_date IS NULL AND NEW.household_id = OLD.household_id) + (OLD.end_date IS NULL) > 0)
  WHERE grid_id = (SELECT grid_id FROM household WHERE id = OLD.household_id AND logout = 0
                     AND household_type <> 'vacant');
  UPDATE grid_stats SET linked = linked
    + ((SELECT count(*) FROM party_link WHERE household_id = NEW.household_id AND end_date IS NULL) > 0)
    - ((SELECT count(*) FROM party_link WHERE household_id = NEW.household_id AND end_date IS NULL)
         - (NEW.end_date IS NULL) > 0)
  WHERE NEW.household_id <> OLD.household_id
    AND grid_id = (SELECT grid_id FROM household WHERE id = NEW.household_id AND logout = 0
                     AND household_type <> 'vacant');
END;
