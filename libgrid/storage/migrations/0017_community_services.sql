-- SPDX-License-Identifier: GPL-2.0-or-later
-- Version 17: 四事五议 deliberations, minimal emergency units (最小应急单元) and the 15-minute service circle
-- (issue 20).
--
-- Deliberations: the item (version 1's table) gains a serial number, the place that owns it and a state; every step
-- it takes is a row of deliberation_step (date, participants, minutes, votes), so the five steps keep their history,
-- and a documented return is a step row too. Items link to key matters and events.
ALTER TABLE deliberation ADD COLUMN serial TEXT;
ALTER TABLE deliberation ADD COLUMN community_id INTEGER REFERENCES community(id);
ALTER TABLE deliberation ADD COLUMN street_id INTEGER REFERENCES street(id);
ALTER TABLE deliberation ADD COLUMN status TEXT NOT NULL DEFAULT 'open'
  CHECK (status IN ('open', 'decided', 'withdrawn'));
ALTER TABLE deliberation ADD COLUMN content TEXT;
ALTER TABLE deliberation ADD COLUMN created_by TEXT;
ALTER TABLE deliberation ADD COLUMN public_token TEXT;
ALTER TABLE deliberation ADD COLUMN published_at TEXT;
CREATE UNIQUE INDEX deliberation_serial ON deliberation(serial);
CREATE UNIQUE INDEX deliberation_token ON deliberation(public_token);

CREATE TABLE deliberation_step (
  id INTEGER PRIMARY KEY,
  deliberation_id INTEGER NOT NULL REFERENCES deliberation(id),
  step TEXT NOT NULL CHECK (step IN ('suggest', 'propose', 'discuss', 'review', 'decide')),
  action TEXT NOT NULL CHECK (action IN ('open', 'advance', 'return', 'withdraw')),
  held_on TEXT NOT NULL,                 -- the day the meeting or step took place (YYYY-MM-DD)
  participants TEXT,                     -- one per line: kind|name (kinds: code table deliberation_party)
  minutes TEXT,
  present INTEGER,                       -- decide: members present, of eligible (the quorum record)
  eligible INTEGER,
  votes_for INTEGER,
  votes_against INTEGER,
  votes_abstain INTEGER,
  reason TEXT,                           -- return / withdraw: why
  acted_by TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX deliberation_step_item ON deliberation_step(deliberation_id, id);

CREATE TABLE deliberation_link (
  id INTEGER PRIMARY KEY,
  deliberation_id INTEGER NOT NULL REFERENCES deliberation(id),
  object_type TEXT NOT NULL CHECK (object_type IN ('key_matter', 'event')),
  object_id INTEGER NOT NULL,
  UNIQUE (deliberation_id, object_type, object_id)
);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES
  ('deliberation_party', '协商参与方', 'Deliberation participant', 'BRIEF');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('deliberation_party', 'resident_rep', '居民代表', 'Residents'' representative', NULL, 1),
  ('deliberation_party', 'party_org', '党组织', 'Party organisation', NULL, 2),
  ('deliberation_party', 'committee', '居委会', 'Residents'' committee', NULL, 3),
  ('deliberation_party', 'owners', '业委会', 'Owners'' committee', NULL, 4),
  ('deliberation_party', 'property', '物业公司', 'Property company', NULL, 5),
  ('deliberation_party', 'department', '职能部门', 'Government department', NULL, 6),
  ('deliberation_party', 'other', '其他', 'Other', NULL, 7);

-- Minimal emergency units: a community's buildings in units (a building in at most one: building_id is unique; the
-- check lists buildings in none), each with a responsible person and deputies from the staff register, volunteers,
-- shelter and supplies. geom is the outline of its buildings, kept for the map layer.
CREATE TABLE emergency_unit (
  id INTEGER PRIMARY KEY,
  community_id INTEGER NOT NULL REFERENCES community(id),
  grid_id INTEGER REFERENCES grid(id),   -- the grid most of its buildings are in
  estate_id INTEGER REFERENCES estate(id),
  name TEXT NOT NULL,
  shelter TEXT,
  shelter_capacity INTEGER CHECK (shelter_capacity IS NULL OR shelter_capacity >= 0),
  supplies TEXT,
  notes TEXT,
  created_at TEXT NOT NULL
);
SELECT AddGeometryColumn('emergency_unit', 'geom', @SRID@, 'MULTIPOLYGON', 'XY');
SELECT CreateSpatialIndex('emergency_unit', 'geom');
CREATE INDEX emergency_unit_community ON emergency_unit(community_id);

CREATE TABLE emergency_unit_building (
  id INTEGER PRIMARY KEY,
  building_id INTEGER NOT NULL UNIQUE REFERENCES building(id),
  unit_id INTEGER REFERENCES emergency_unit(id)  -- NULL: taken out of its unit (the check lists it)
);
CREATE INDEX emergency_unit_building_unit ON emergency_unit_building(unit_id);

CREATE TABLE emergency_unit_member (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES emergency_unit(id),
  role TEXT NOT NULL CHECK (role IN ('responsible', 'deputy', 'volunteer')),
  staff_id INTEGER REFERENCES staff(id),
  name TEXT NOT NULL,
  phone TEXT,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  CHECK (role = 'volunteer' OR staff_id IS NOT NULL)
);
CREATE INDEX emergency_unit_member_unit ON emergency_unit_member(unit_id);

-- Who is reached first in an emergency: persons with an active care tag of these codes (configurable: add or remove
-- rows). 卧床 (bedridden) is a new person tag.
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('person_tag', 'bedridden', '卧床失能', 'Bedridden', NULL, 15);
INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES
  ('emergency_priority', '应急优先联系', 'Reached first in an emergency', 'BRIEF');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('emergency_priority', 'elderly_alone', '独居老人', 'Elderly living alone', NULL, 1),
  ('emergency_priority', 'disabled', '残疾人', 'Disabled', NULL, 2),
  ('emergency_priority', 'bedridden', '卧床失能', 'Bedridden', NULL, 3),
  ('emergency_priority', 'left_behind_child', '留守儿童', 'Child left alone', NULL, 4);

-- The 15-minute service circle: facilities (points), their types (configurable: walking limit, the OSM tags an
-- import takes), and the walking time of every building to the nearest facility of each type, as last computed
-- (derived data, recomputed by `gridctl service-circle` or the workstation; the dashboard reads it).
CREATE TABLE service_facility_type (
  code TEXT PRIMARY KEY,
  name_zh TEXT NOT NULL,
  name_en TEXT NOT NULL,
  minutes INTEGER NOT NULL DEFAULT 15 CHECK (minutes BETWEEN 1 AND 120),
  osm_tags TEXT,                        -- key=value;key=value … an OSM feature with any of them is this type
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  sort_order INTEGER NOT NULL DEFAULT 0
);
INSERT INTO service_facility_type (code, name_zh, name_en, minutes, osm_tags, sort_order) VALUES
  ('service_centre', '党群服务中心', 'Community service centre', 15,
   'amenity=community_centre;amenity=townhall;office=government;social_facility=community_centre', 1),
  ('clinic', '卫生服务站', 'Clinic', 15, 'amenity=clinic;amenity=doctors;amenity=hospital;healthcare=clinic;healthcare=centre;healthcare=hospital', 2),
  ('school', '学校', 'School', 15, 'amenity=school;amenity=kindergarten;building=school', 3),
  ('market', '菜市场超市', 'Market', 15, 'amenity=marketplace;shop=supermarket;shop=greengrocer;shop=convenience', 4),
  ('elderly_care', '养老服务', 'Elderly care', 15, 'amenity=nursing_home;social_facility=nursing_home;social_facility=assisted_living;amenity=social_facility', 5);

CREATE TABLE service_facility (
  id INTEGER PRIMARY KEY,
  type_code TEXT NOT NULL REFERENCES service_facility_type(code),
  name TEXT NOT NULL,
  address TEXT,
  community_id INTEGER REFERENCES community(id),
  building_id INTEGER REFERENCES building(id),
  source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'import', 'demo')),
  created_at TEXT NOT NULL
);
SELECT AddGeometryColumn('service_facility', 'geom', @SRID@, 'POINT', 'XY');
SELECT CreateSpatialIndex('service_facility', 'geom');

CREATE TABLE service_access (
  building_id INTEGER NOT NULL REFERENCES building(id),
  type_code TEXT NOT NULL,
  metres REAL,                           -- walking distance; NULL: no facility reachable
  minutes REAL,
  facility_id INTEGER,
  computed_at TEXT NOT NULL,
  speed_kmh REAL NOT NULL,
  PRIMARY KEY (building_id, type_code)
) WITHOUT ROWID;

-- The service area of each type as last computed for a community (community_id NULL: a run over every building):
-- the roads within the walking limit of a facility, widened, for the map.
CREATE TABLE service_area (
  id INTEGER PRIMARY KEY,
  community_id INTEGER REFERENCES community(id),
  type_code TEXT NOT NULL,
  minutes INTEGER NOT NULL,
  speed_kmh REAL NOT NULL,
  computed_at TEXT NOT NULL
);
SELECT AddGeometryColumn('service_area', 'geom', @SRID@, 'MULTIPOLYGON', 'XY');
SELECT CreateSpatialIndex('service_area', 'geom');

INSERT INTO permission_subject (subject, name_zh, name_en) VALUES
  ('deliberation', '四事五议', 'Deliberations'),
  ('emergency', '应急单元', 'Emergency units'),
  ('service', '服务圈', 'Service circle');
-- deliberation write: open items and take steps at one's own places; emergency/service write: units, facilities.
INSERT INTO permission (role_code, subject, operation) VALUES
  ('GRID_WORKER', 'deliberation', 'read'), ('GRID_WORKER', 'deliberation', 'write'),
  ('GRID_WORKER', 'emergency', 'read'), ('GRID_WORKER', 'service', 'read'),
  ('GRID_LEADER', 'deliberation', 'read'), ('GRID_LEADER', 'deliberation', 'write'),
  ('GRID_LEADER', 'emergency', 'read'), ('GRID_LEADER', 'service', 'read'),
  ('COMMUNITY_OFFICE', 'deliberation', 'read'), ('COMMUNITY_OFFICE', 'deliberation', 'write'),
  ('COMMUNITY_OFFICE', 'emergency', 'read'), ('COMMUNITY_OFFICE', 'emergency', 'write'),
  ('COMMUNITY_OFFICE', 'service', 'read'), ('COMMUNITY_OFFICE', 'service', 'write'),
  ('COMMUNITY_SECRETARY', 'deliberation', 'read'), ('COMMUNITY_SECRETARY', 'deliberation', 'write'),
  ('COMMUNITY_SECRETARY', 'emergency', 'read'), ('COMMUNITY_SECRETARY', 'emergency', 'write'),
  ('COMMUNITY_SECRETARY', 'service', 'read'), ('COMMUNITY_SECRETARY', 'service', 'write'),
  ('STREET_OFFICE', 'deliberation', 'read'), ('STREET_OFFICE', 'deliberation', 'write'),
  ('STREET_OFFICE', 'emergency', 'read'), ('STREET_OFFICE', 'emergency', 'write'),
  ('STREET_OFFICE', 'service', 'read'), ('STREET_OFFICE', 'service', 'write'),
  ('DISTRICT_ADMIN', 'deliberation', 'read'), ('DISTRICT_ADMIN', 'deliberation', 'write'),
  ('DISTRICT_ADMIN', 'emergency', 'read'), ('DISTRICT_ADMIN', 'emergency', 'write'),
  ('DISTRICT_ADMIN', 'service', 'read'), ('DISTRICT_ADMIN', 'service', 'write');
