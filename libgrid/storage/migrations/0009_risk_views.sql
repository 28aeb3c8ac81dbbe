-- SPDX-License-Identifier: GPL-2.0-or-later
-- Version 9: the community risk panorama (社区风险全景图, DOMAIN.md §8) as read-only map views.
-- Colour levels: red 4 (重大), orange 3 (较大), yellow 2 (一般), blue 1 (低). Key persons are never placed
-- individually: they show as counts per building (the panorama shows aggregates unless a record is opened).
-- Grid risk score = Σ colour level over the grid's key persons under attention, active key places and open key
-- matters (red 4 + orange 3 + yellow 2 + blue 1 each); documented in README "Risk panorama".
CREATE VIEW risk_place AS
SELECT kp.id AS id, kp.grid_id AS grid_id, kp.name AS name, kp.classification_code AS category,
       coalesce(kp.risk_colour, 'blue') AS colour,
       CASE coalesce(kp.risk_colour, 'blue') WHEN 'red' THEN 4 WHEN 'orange' THEN 3 WHEN 'yellow' THEN 2 ELSE 1 END
         AS level,
       substr(kp.created_at, 1, 10) AS since, kp.geom AS geom
FROM key_place kp WHERE kp.logout = 0 AND kp.geom IS NOT NULL;

INSERT INTO views_geometry_columns (view_name, view_geometry, view_rowid, f_table_name, f_geometry_column, read_only)
VALUES ('risk_place', 'geom', 'id', 'key_place', 'geom', 1);

CREATE VIEW risk_building AS
SELECT b.id AS id, b.grid_id AS grid_id, b.name AS name,
       (SELECT count(*) FROM key_person k JOIN person p ON p.id = k.person_id JOIN household h ON h.id = p.household_id
         WHERE h.building_id = b.id AND k.logout = 0 AND k.under_attention = 1) AS key_persons,
       (SELECT count(*) FROM key_place kp WHERE kp.building_id = b.id AND kp.logout = 0) AS key_places,
       max(coalesce((SELECT max(CASE k.risk_colour WHEN 'red' THEN 4 WHEN 'orange' THEN 3 WHEN 'yellow' THEN 2
                                                   WHEN 'blue' THEN 1 ELSE 0 END)
                     FROM key_person k JOIN person p ON p.id = k.person_id JOIN household h ON h.id = p.household_id
                     WHERE h.building_id = b.id AND k.logout = 0 AND k.under_attention = 1), 0),
           coalesce((SELECT max(CASE kp.risk_colour WHEN 'red' THEN 4 WHEN 'orange' THEN 3 WHEN 'yellow' THEN 2
                                                    WHEN 'blue' THEN 1 ELSE 0 END)
                     FROM key_place kp WHERE kp.building_id = b.id AND kp.logout = 0), 0)) AS level,
       b.geom AS geom
FROM building b WHERE b.logout = 0;

INSERT INTO views_geometry_columns (view_name, view_geometry, view_rowid, f_table_name, f_geometry_column, read_only)
VALUES ('risk_building', 'geom', 'id', 'building', 'geom', 1);

CREATE VIEW risk_grid AS
SELECT g.id AS id, g.community_id AS community_id, g.grid_code AS grid_code, g.name AS name,
       (SELECT count(*) FROM key_person k WHERE k.grid_id = g.id AND k.logout = 0 AND k.under_attention = 1)
         AS key_persons,
       (SELECT count(*) FROM key_place kp WHERE kp.grid_id = g.id AND kp.logout = 0) AS key_places,
       (SELECT count(*) FROM key_matter m WHERE m.grid_id = g.id AND m.status NOT IN ('resolved', 'closed'))
         AS key_matters,
       coalesce((SELECT sum(CASE k.risk_colour WHEN 'red' THEN 4 WHEN 'orange' THEN 3 WHEN 'yellow' THEN 2
                                               WHEN 'blue' THEN 1 ELSE 0 END)
                 FROM key_person k WHERE k.grid_id = g.id AND k.logout = 0 AND k.under_attention = 1), 0)
       + coalesce((SELECT sum(CASE kp.risk_colour WHEN 'red' THEN 4 WHEN 'orange' THEN 3 WHEN 'yellow' THEN 2
                                                  WHEN 'blue' THEN 1 ELSE 0 END)
                   FROM key_place kp WHERE kp.grid_id = g.id AND kp.logout = 0), 0)
       + coalesce((SELECT sum(CASE m.warning_level WHEN 'red' THEN 4 WHEN 'orange' THEN 3 WHEN 'yellow' THEN 2
                                                   ELSE 1 END)
                   FROM key_matter m WHERE m.grid_id = g.id AND m.status NOT IN ('resolved', 'closed')), 0) AS score,
       g.geom AS geom
FROM grid g WHERE g.retired_at IS NULL;

INSERT INTO views_geometry_columns (view_name, view_geometry, view_rowid, f_table_name, f_geometry_column, read_only)
VALUES ('risk_grid', 'geom', 'id', 'grid', 'geom', 1);
