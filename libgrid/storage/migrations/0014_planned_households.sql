-- Grids drawn on imported buildings before any household is registered: the map shows the households the plan
-- counted (the import's estimates, grid_version.households of the grid's latest plan) until records arrive.
DROP VIEW grid_map;
CREATE VIEW grid_map AS
SELECT g.id AS id, g.community_id AS community_id, g.area_id AS area_id, g.grid_code AS grid_code, g.name AS name,
       g.kind AS kind, g.household_target AS household_target,
       coalesce(s.households, 0) AS households, coalesce(s.persons, 0) AS persons,
       coalesce((SELECT v.households FROM grid_version v WHERE v.grid_id = g.id ORDER BY v.plan_id DESC LIMIT 1), 0)
         AS planned_households,
       g.geom AS geom
FROM grid g LEFT JOIN grid_stats s ON s.grid_id = g.id WHERE g.retired_at IS NULL;
