-- SPDX-License-Identifier: GPL-2.0-or-later
-- Version 4: read-only spatial views the map renders from. Counts are live (computed from households/persons),
-- so a map label never disagrees with the ledgers.
CREATE VIEW grid_map AS
SELECT g.id AS id, g.community_id AS community_id, g.area_id AS area_id, g.grid_code AS grid_code, g.name AS name,
       g.kind AS kind, g.household_target AS household_target,
       (SELECT count(*) FROM household h WHERE h.grid_id = g.id AND h.logout = 0) AS households,
       (SELECT count(*) FROM person p WHERE p.grid_id = g.id AND p.logout = 0) AS persons,
       g.geom AS geom
FROM grid g WHERE g.retired_at IS NULL;

INSERT INTO views_geometry_columns (view_name, view_geometry, view_rowid, f_table_name, f_geometry_column, read_only)
VALUES ('grid_map', 'geom', 'id', 'grid', 'geom', 1);
