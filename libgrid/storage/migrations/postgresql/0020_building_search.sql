-- Version 20: the search box finds a building by any part of its name or address without reading every building
-- (the file's migrations/0020_building_search.sql says why): each building's single characters and pairs of
-- neighbouring characters, ASCII lower-cased (COLLATE "C": lower() then changes ASCII only, as in the file).
CREATE TABLE building_search (
  gram TEXT NOT NULL,
  building_id BIGINT NOT NULL,
  PRIMARY KEY (gram, building_id)
);
CREATE INDEX building_search_building ON building_search (building_id);

CREATE FUNCTION building_search_grams(b_id BIGINT, b_name TEXT, b_address TEXT)
  RETURNS TABLE (gram TEXT, building_id BIGINT) LANGUAGE sql IMMUTABLE AS $$
  SELECT DISTINCT substr(t.v, s.p, n.n), b_id
  FROM (SELECT lower(b_name COLLATE "C") AS v UNION ALL SELECT lower(coalesce(b_address, '') COLLATE "C")) t,
       generate_series(1, length(t.v)) s(p), (VALUES (1), (2)) n(n)
  WHERE s.p + n.n - 1 <= length(t.v) AND trim(substr(t.v, s.p, n.n)) <> ''
$$;

-- SECURITY DEFINER: a client role that may edit a building need not write the index itself.
CREATE FUNCTION building_search_fn() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = main, public AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM main.building_search WHERE building_id = OLD.id;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO main.building_search (gram, building_id)
    SELECT g.gram, g.building_id FROM main.building_search_grams(NEW.id, NEW.name, NEW.address) g
    ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER building_search_insert AFTER INSERT ON building
  FOR EACH ROW EXECUTE FUNCTION building_search_fn();
CREATE TRIGGER building_search_update AFTER UPDATE OF name, address ON building
  FOR EACH ROW EXECUTE FUNCTION building_search_fn();
CREATE TRIGGER building_search_delete AFTER DELETE ON building
  FOR EACH ROW EXECUTE FUNCTION building_search_fn();

INSERT INTO building_search (gram, building_id)
SELECT g.gram, g.building_id FROM building b, building_search_grams(b.id, b.name, b.address) g
ON CONFLICT DO NOTHING;

-- A client role reads the grams of the buildings it may read, no other (the building's own policy decides).
ALTER TABLE building_search ENABLE ROW LEVEL SECURITY;
CREATE POLICY gs_grid_scope ON building_search
  USING (EXISTS (SELECT 1 FROM main.building b WHERE b.id = building_search.building_id));
GRANT SELECT ON building_search TO gridstation_client;

-- The person search (a name prefix, in name and id order, 20 at a time) reads the index in that order: on a file the
-- name index carries the rowid; here the id is added, or a common name's thousands were sorted on every keystroke
-- (100 ms for 王伟 among 16 million persons).
DROP INDEX person_name;
CREATE INDEX person_name ON person (name, id);
