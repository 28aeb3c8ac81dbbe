-- SPDX-License-Identifier: GPL-2.0-or-later
-- Version 7: party-link coverage per building (党员联户覆盖) for the map overlay: active, non-vacant households and
-- how many of them have a current linked party member.
CREATE VIEW building_links AS
SELECT b.id AS id, b.grid_id AS grid_id, b.name AS name,
       (SELECT count(*) FROM household h WHERE h.building_id = b.id AND h.logout = 0 AND h.household_type <> 'vacant') AS households,
       (SELECT count(*) FROM household h WHERE h.building_id = b.id AND h.logout = 0 AND h.household_type <> 'vacant'
          AND EXISTS (SELECT 1 FROM party_link l WHERE l.household_id = h.id AND l.end_date IS NULL)) AS linked,
       b.geom AS geom
FROM building b WHERE b.logout = 0;

INSERT INTO views_geometry_columns (view_name, view_geometry, view_rowid, f_table_name, f_geometry_column, read_only)
VALUES ('building_links', 'geom', 'id', 'building', 'geom', 1);
