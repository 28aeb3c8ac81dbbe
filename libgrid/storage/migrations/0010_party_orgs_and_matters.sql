-- SPDX-License-Identifier: GPL-2.0-or-later
-- Version 10: in-service party member registration (在职党员报到, DOMAIN.md §4.12) and key matters on the map.
--
-- A member who works elsewhere registers with the community where they live: workplace_org is their workplace
-- party organisation, in_service_date the day they registered, party_org_id the community branch or group they
-- report to (usually their grid's branch).
ALTER TABLE party_member ADD COLUMN workplace_org TEXT;
ALTER TABLE party_member ADD COLUMN in_service_date TEXT;

-- Key matters (重点事项) have a point: the linked key place, else the linked building, else a point inside their
-- grid. New matters registered without one get their grid's point at insert, so every matter shows on the map.
UPDATE key_matter SET geom = coalesce(
    (SELECT kp.geom FROM key_matter_link l JOIN key_place kp ON kp.id = l.object_id
      WHERE l.key_matter_id = key_matter.id AND l.object_type = 'key_place' AND kp.geom IS NOT NULL LIMIT 1),
    (SELECT PointOnSurface(b.geom) FROM key_matter_link l JOIN building b ON b.id = l.object_id
      WHERE l.key_matter_id = key_matter.id AND l.object_type = 'building' AND b.geom IS NOT NULL LIMIT 1),
    (SELECT PointOnSurface(g.geom) FROM grid g WHERE g.id = key_matter.grid_id))
WHERE geom IS NULL;

CREATE TRIGGER key_matter_default_point AFTER INSERT ON key_matter
WHEN NEW.geom IS NULL AND NEW.grid_id IS NOT NULL
BEGIN
  UPDATE key_matter SET geom = (SELECT PointOnSurface(g.geom) FROM grid g WHERE g.id = NEW.grid_id)
  WHERE id = NEW.id;
END;

CREATE VIEW risk_matter AS
SELECT m.id AS id, m.grid_id AS grid_id, m.subject AS name, m.status AS status, m.warning_level AS colour,
       CASE m.warning_level WHEN 'red' THEN 4 WHEN 'orange' THEN 3 WHEN 'yellow' THEN 2 ELSE 1 END AS level,
       substr(m.registered_at, 1, 10) AS since, m.geom AS geom
FROM key_matter m WHERE m.status NOT IN ('resolved', 'closed') AND m.geom IS NOT NULL;

INSERT INTO views_geometry_columns (view_name, view_geometry, view_rowid, f_table_name, f_geometry_column, read_only)
VALUES ('risk_matter', 'geom', 'id', 'key_matter', 'geom', 1);
