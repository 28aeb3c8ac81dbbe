-- SPDX-License-Identifier: GPL-2.0-or-later
-- Version 20: the search box finds a building by any part of its name or address ("花园", "3栋", "12号") without
-- reading every building. LIKE '%…%' has no index, and Chinese text has no word boundaries, so each building's
-- name and address are kept as their single characters and pairs of neighbouring characters (ASCII lower-cased):
-- a search looks up one gram and checks the few buildings that hold it (storage/search). Kept exact by triggers;
-- bulk loads suspend them and rebuild once (storage/grid_stats: DerivedTablesSuspension).
CREATE TABLE building_search (
  gram TEXT NOT NULL,
  building_id INTEGER NOT NULL,
  PRIMARY KEY (gram, building_id)
) WITHOUT ROWID;
CREATE INDEX building_search_building ON building_search (building_id);

-- A trigger cannot hold WITH RECURSIVE: json_each over a list of n zeros gives the positions 0 … n-1 instead.
CREATE TRIGGER building_search_insert AFTER INSERT ON building
BEGIN
  INSERT OR IGNORE INTO building_search (gram, building_id)
  SELECT substr(t.v, s.key + 1, n.n), NEW.id
  FROM (SELECT lower(NEW.name) AS v UNION ALL SELECT lower(coalesce(NEW.address, ''))) t,
       json_each('[' || rtrim(replace(hex(zeroblob(length(t.v))), '00', '0,'), ',') || ']') s,
       (SELECT 1 AS n UNION ALL SELECT 2) n
  WHERE s.key + n.n <= length(t.v) AND trim(substr(t.v, s.key + 1, n.n)) <> '';
END;
CREATE TRIGGER building_search_update AFTER UPDATE OF name, address ON building
BEGIN
  DELETE FROM building_search WHERE building_id = OLD.id;
  INSERT OR IGNORE INTO building_search (gram, building_id)
  SELECT substr(t.v, s.key + 1, n.n), NEW.id
  FROM (SELECT lower(NEW.name) AS v UNION ALL SELECT lower(coalesce(NEW.address, ''))) t,
       json_each('[' || rtrim(replace(hex(zeroblob(length(t.v))), '00', '0,'), ',') || ']') s,
       (SELECT 1 AS n UNION ALL SELECT 2) n
  WHERE s.key + n.n <= length(t.v) AND trim(substr(t.v, s.key + 1, n.n)) <> '';
END;
CREATE TRIGGER building_search_delete AFTER DELETE ON building
BEGIN DELETE FROM building_search WHERE building_id = OLD.id; END;

INSERT OR IGNORE INTO building_search (gram, building_id)
SELECT substr(t.v, s.key + 1, n.n), t.id
FROM (SELECT id, lower(name) AS v FROM building UNION ALL SELECT id, lower(coalesce(address, '')) FROM building) t,
     json_each('[' || rtrim(replace(hex(zeroblob(length(t.v))), '00', '0,'), ',') || ']') s,
     (SELECT 1 AS n UNION ALL SELECT 2) n
WHERE s.key + n.n <= length(t.v) AND trim(substr(t.v, s.key + 1, n.n)) <> '';
