-- SPDX-License-Identifier: GPL-2.0-or-later
-- GridStation schema, version 1: the whole domain of DOMAIN.md.
-- @SRID@ is the projected CGCS2000 Gauss-Krüger CRS of this database (EPSG:4513-4554), set at `gridctl init`.
-- Conventions: every table has an integer `id`; personal records carry created/updated stamps and a soft delete
-- (logout, logout_reason, logout_date: 注销) instead of DELETE; 🔴 fields are stored as *_cipher (AES-256-GCM)
-- with a *_masked display copy and, where exact lookup is needed, a keyed *_hmac.
-- CHECKs list allowed values as `col = 'a' OR col = 'b'`, not `col IN (...)`: SQLite builds an ephemeral index for
-- every IN list on every insert, which made bulk loads several times slower.

-- Runs inside the migration's transaction (argument 0); only the CRSs in use are registered.
SELECT InitSpatialMetadata(0, 'NONE');
SELECT InsertEpsgSrid(@SRID@);
SELECT InsertEpsgSrid(4490);

CREATE TABLE gs_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
-- The database id names this database's key file in the user's key store (see security/crypto.h).
INSERT INTO gs_meta (key, value) VALUES
  ('database_id', lower(hex(randomblob(16)))),
  ('created_at', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));

-- Code tables (DOMAIN.md §5) are data; localities extend them ("9+X").
CREATE TABLE code_domain (
  domain TEXT PRIMARY KEY,
  name_zh TEXT NOT NULL,
  name_en TEXT NOT NULL,
  source TEXT
);
CREATE TABLE code_value (
  domain TEXT NOT NULL REFERENCES code_domain(domain),
  code TEXT NOT NULL,
  name_zh TEXT NOT NULL,
  name_en TEXT,
  parent_code TEXT,
  sort_order INTEGER NOT NULL DEFAULT 0,
  active INTEGER NOT NULL DEFAULT 1 CHECK ((active = 0 OR active = 1)),
  PRIMARY KEY (domain, code)
);

-- ---------------------------------------------------------------------------------------------------------------
-- Administrative hierarchy: district → street → community → area → grid (→ micro grid)
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE district (
  id INTEGER PRIMARY KEY,
  admin_code TEXT NOT NULL UNIQUE CHECK (length(admin_code) = 6 AND admin_code NOT GLOB '*[^0-9]*'),
  name TEXT NOT NULL,
  valid_year INTEGER
);

CREATE TABLE street (
  id INTEGER PRIMARY KEY,
  district_id INTEGER REFERENCES district(id),
  admin_code TEXT NOT NULL UNIQUE CHECK (length(admin_code) = 9 AND admin_code NOT GLOB '*[^0-9]*'),
  name TEXT NOT NULL,
  valid_year INTEGER,
  contact_phone TEXT,
  supervision_phone TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at TEXT
);
SELECT AddGeometryColumn('street', 'geom', @SRID@, 'MULTIPOLYGON', 'XY');
SELECT CreateSpatialIndex('street', 'geom');

CREATE TABLE community (
  id INTEGER PRIMARY KEY,
  street_id INTEGER NOT NULL REFERENCES street(id),
  admin_code TEXT NOT NULL UNIQUE CHECK (length(admin_code) = 12 AND admin_code NOT GLOB '*[^0-9]*'),
  valid_year INTEGER,
  urban_rural_class TEXT CHECK (urban_rural_class IS NULL OR (urban_rural_class = '111' OR urban_rural_class = '112' OR urban_rural_class = '121' OR urban_rural_class = '122' OR urban_rural_class = '123' OR urban_rural_class = '210' OR urban_rural_class = '220')),
  police_code TEXT CHECK (police_code IS NULL OR (length(police_code) = 15 AND police_code NOT GLOB '*[^0-9]*')),
  name TEXT NOT NULL,
  address TEXT,
  contact_phone TEXT,
  supervision_phone TEXT,
  household_target INTEGER NOT NULL DEFAULT 300 CHECK (household_target > 0),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at TEXT
);
SELECT AddGeometryColumn('community', 'geom', @SRID@, 'MULTIPOLYGON', 'XY');
SELECT CreateSpatialIndex('community', 'geom');
CREATE INDEX community_street ON community(street_id);

CREATE TABLE area (
  id INTEGER PRIMARY KEY,
  community_id INTEGER NOT NULL REFERENCES community(id),
  sequence INTEGER NOT NULL CHECK (sequence BETWEEN 1 AND 99),
  name TEXT NOT NULL,
  UNIQUE (community_id, sequence)
);
SELECT AddGeometryColumn('area', 'geom', @SRID@, 'MULTIPOLYGON', 'XY');
SELECT CreateSpatialIndex('area', 'geom');

-- A grid plan is one version of a community's grid layout; the accepted plan is current, older ones are history.
CREATE TABLE grid_plan (
  id INTEGER PRIMARY KEY,
  community_id INTEGER NOT NULL REFERENCES community(id),
  version INTEGER NOT NULL CHECK (version >= 1),
  status TEXT NOT NULL CHECK ((status = 'draft' OR status = 'accepted' OR status = 'superseded' OR status = 'discarded')),
  household_target INTEGER NOT NULL DEFAULT 300,
  tolerance REAL NOT NULL DEFAULT 0.10 CHECK (tolerance > 0 AND tolerance < 1),
  note TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  accepted_at TEXT,
  UNIQUE (community_id, version)
);
CREATE UNIQUE INDEX grid_plan_one_accepted ON grid_plan(community_id) WHERE status = 'accepted';

CREATE TABLE grid (
  id INTEGER PRIMARY KEY,
  community_id INTEGER NOT NULL REFERENCES community(id),
  area_id INTEGER REFERENCES area(id),
  grid_code TEXT NOT NULL UNIQUE CHECK (length(grid_code) = 15 AND grid_code NOT GLOB '*[^0-9]*'),
  sequence INTEGER NOT NULL CHECK (sequence BETWEEN 1 AND 999),
  name TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'comprehensive' CHECK ((kind = 'comprehensive' OR kind = 'dedicated')),
  household_target INTEGER NOT NULL DEFAULT 300 CHECK (household_target > 0),
  contact_phone TEXT,
  supervision_phone TEXT,
  scope_text TEXT,
  service_hours TEXT,
  locked INTEGER NOT NULL DEFAULT 0 CHECK ((locked = 0 OR locked = 1)),
  plan_id INTEGER REFERENCES grid_plan(id),
  retired_at TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at TEXT,
  UNIQUE (community_id, sequence)
);
SELECT AddGeometryColumn('grid', 'geom', @SRID@, 'MULTIPOLYGON', 'XY');
SELECT CreateSpatialIndex('grid', 'geom');
CREATE INDEX grid_community ON grid(community_id);

-- Grid boundaries as they were in each plan version (never overwritten).
CREATE TABLE grid_version (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES grid_plan(id),
  grid_id INTEGER NOT NULL REFERENCES grid(id),
  grid_code TEXT NOT NULL,
  name TEXT NOT NULL,
  households INTEGER,
  UNIQUE (plan_id, grid_id)
);
SELECT AddGeometryColumn('grid_version', 'geom', @SRID@, 'MULTIPOLYGON', 'XY');

CREATE TABLE micro_grid (
  id INTEGER PRIMARY KEY,
  grid_id INTEGER NOT NULL REFERENCES grid(id),
  sequence INTEGER NOT NULL,
  name TEXT NOT NULL,
  UNIQUE (grid_id, sequence)
);
SELECT AddGeometryColumn('micro_grid', 'geom', @SRID@, 'MULTIPOLYGON', 'XY');

CREATE TABLE police_beat (
  id INTEGER PRIMARY KEY,
  code TEXT UNIQUE,
  name TEXT NOT NULL,
  police_station TEXT,
  phone TEXT
);
SELECT AddGeometryColumn('police_beat', 'geom', @SRID@, 'MULTIPOLYGON', 'XY');
CREATE TABLE grid_police_beat (
  grid_id INTEGER NOT NULL REFERENCES grid(id),
  police_beat_id INTEGER NOT NULL REFERENCES police_beat(id),
  PRIMARY KEY (grid_id, police_beat_id)
);

-- Functional departments (公安、民政、司法…) that receive events, attached to an administrative level.
CREATE TABLE department (
  id INTEGER PRIMARY KEY,
  level TEXT NOT NULL CHECK ((level = 'district' OR level = 'street' OR level = 'community')),
  level_id INTEGER NOT NULL,
  type_code TEXT NOT NULL,
  name TEXT NOT NULL,
  phone TEXT
);

-- Base map drawn without internet: roads and water stored in the database.
CREATE TABLE base_road (
  id INTEGER PRIMARY KEY,
  name TEXT,
  kind TEXT NOT NULL DEFAULT 'street' CHECK ((kind = 'trunk' OR kind = 'primary' OR kind = 'secondary' OR kind = 'street' OR kind = 'lane' OR kind = 'path'))
);
SELECT AddGeometryColumn('base_road', 'geom', @SRID@, 'MULTILINESTRING', 'XY');
SELECT CreateSpatialIndex('base_road', 'geom');
CREATE TABLE base_water (
  id INTEGER PRIMARY KEY,
  name TEXT,
  kind TEXT NOT NULL DEFAULT 'river' CHECK ((kind = 'river' OR kind = 'lake' OR kind = 'canal' OR kind = 'pond'))
);
SELECT AddGeometryColumn('base_water', 'geom', @SRID@, 'MULTIPOLYGON', 'XY');
SELECT CreateSpatialIndex('base_water', 'geom');

-- ---------------------------------------------------------------------------------------------------------------
-- Estates, buildings, units, dwellings
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE property_company (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  credit_code TEXT CHECK (credit_code IS NULL OR length(credit_code) = 18),
  phone TEXT,
  address TEXT
);

CREATE TABLE estate (
  id INTEGER PRIMARY KEY,
  community_id INTEGER NOT NULL REFERENCES community(id),
  name TEXT NOT NULL,
  address TEXT,
  property_company_id INTEGER REFERENCES property_company(id),
  built_year INTEGER
);
SELECT AddGeometryColumn('estate', 'geom', @SRID@, 'MULTIPOLYGON', 'XY');
SELECT CreateSpatialIndex('estate', 'geom');

CREATE TABLE building (
  id INTEGER PRIMARY KEY,
  grid_id INTEGER REFERENCES grid(id),
  estate_id INTEGER REFERENCES estate(id),
  building_code TEXT UNIQUE CHECK (building_code IS NULL OR (length(building_code) = 18 AND building_code NOT GLOB '*[^0-9]*')),
  name TEXT NOT NULL,
  address TEXT,
  type_code TEXT,
  uses_code TEXT,
  structure_code TEXT,
  built_era_code TEXT,
  built_year INTEGER,
  floors_above INTEGER NOT NULL DEFAULT 1 CHECK (floors_above BETWEEN 0 AND 200),
  floors_below INTEGER NOT NULL DEFAULT 0 CHECK (floors_below BETWEEN 0 AND 20),
  units_count INTEGER NOT NULL DEFAULT 1 CHECK (units_count BETWEEN 1 AND 50),
  has_elevator INTEGER NOT NULL DEFAULT 0 CHECK ((has_elevator = 0 OR has_elevator = 1)),
  has_property_mgmt INTEGER NOT NULL DEFAULT 0 CHECK ((has_property_mgmt = 0 OR has_property_mgmt = 1)),
  household_estimate INTEGER CHECK (household_estimate IS NULL OR household_estimate >= 0),
  risk_colour TEXT CHECK (risk_colour IS NULL OR (risk_colour = 'red' OR risk_colour = 'orange' OR risk_colour = 'yellow' OR risk_colour = 'blue')),
  locked INTEGER NOT NULL DEFAULT 0 CHECK ((locked = 0 OR locked = 1)),
  source TEXT,
  source_id TEXT,
  logout INTEGER NOT NULL DEFAULT 0 CHECK ((logout = 0 OR logout = 1)),
  logout_reason TEXT,
  logout_date TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at TEXT
);
SELECT AddGeometryColumn('building', 'geom', @SRID@, 'MULTIPOLYGON', 'XY');
SELECT CreateSpatialIndex('building', 'geom');
CREATE INDEX building_grid ON building(grid_id);

-- 单元 (entrance/stairwell); a very large building may be split between grids by unit.
CREATE TABLE building_unit (
  id INTEGER PRIMARY KEY,
  building_id INTEGER NOT NULL REFERENCES building(id),
  unit_no INTEGER NOT NULL CHECK (unit_no >= 1),
  grid_id INTEGER REFERENCES grid(id),
  floors INTEGER,
  rooms_per_floor INTEGER,
  UNIQUE (building_id, unit_no)
);

-- Building chiefs and other assignments that follow buildings when grids are redrawn.
CREATE TABLE building_grid_history (
  id INTEGER PRIMARY KEY,
  building_id INTEGER NOT NULL REFERENCES building(id),
  grid_id INTEGER NOT NULL REFERENCES grid(id),
  plan_id INTEGER REFERENCES grid_plan(id),
  valid_from TEXT NOT NULL,
  valid_to TEXT
);
CREATE INDEX building_grid_history_building ON building_grid_history(building_id);

-- 实有房屋 (dwelling); layout row/col drive the floors × rooms building profile.
CREATE TABLE house (
  id INTEGER PRIMARY KEY,
  building_id INTEGER NOT NULL REFERENCES building(id),
  unit_no INTEGER NOT NULL DEFAULT 1 CHECK (unit_no >= 1),
  floor INTEGER NOT NULL,
  room_no TEXT NOT NULL,
  layout_col INTEGER,
  layout_colspan INTEGER NOT NULL DEFAULT 1,
  use_kind TEXT NOT NULL DEFAULT 'dwelling' CHECK ((use_kind = 'dwelling' OR use_kind = 'organisation' OR use_kind = 'place')),
  house_code TEXT UNIQUE,
  uses_code TEXT,
  source_code TEXT,
  area_m2 REAL CHECK (area_m2 IS NULL OR area_m2 > 0),
  door_model TEXT,
  is_rental INTEGER NOT NULL DEFAULT 0 CHECK ((is_rental = 0 OR is_rental = 1)),
  is_dangerous INTEGER NOT NULL DEFAULT 0 CHECK ((is_dangerous = 0 OR is_dangerous = 1)),
  owner_name TEXT,
  owner_id_cipher BLOB,
  owner_id_masked TEXT,
  owner_phone_cipher BLOB,
  owner_phone_masked TEXT,
  remark TEXT,
  logout INTEGER NOT NULL DEFAULT 0 CHECK ((logout = 0 OR logout = 1)),
  logout_reason TEXT,
  logout_date TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at TEXT,
  UNIQUE (building_id, unit_no, room_no)
);
CREATE INDEX house_building ON house(building_id);

CREATE TABLE rental_house (
  house_id INTEGER PRIMARY KEY REFERENCES house(id),
  usage_code TEXT,
  type_code TEXT,
  nature_code TEXT,
  hidden_danger_level TEXT CHECK (hidden_danger_level IS NULL OR (hidden_danger_level = 'serious' OR hidden_danger_level = 'normal' OR hidden_danger_level = 'safe')),
  hidden_rectification TEXT,
  limit_persons INTEGER,
  actual_persons INTEGER,
  room_count INTEGER,
  rent_month REAL,
  lessor_type TEXT CHECK (lessor_type IS NULL OR (lessor_type = 'person' OR lessor_type = 'organisation')),
  lessor_name TEXT,
  lessor_id_cipher BLOB,
  lessor_id_masked TEXT,
  lessor_phone_cipher BLOB,
  lessor_phone_masked TEXT,
  lessor_date TEXT,
  registration_no TEXT,
  has_fire_channel INTEGER CHECK (has_fire_channel IS NULL OR (has_fire_channel = 0 OR has_fire_channel = 1)),
  has_safety_channel INTEGER CHECK (has_safety_channel IS NULL OR (has_safety_channel = 0 OR has_safety_channel = 1)),
  signed_security_pledge INTEGER CHECK (signed_security_pledge IS NULL OR (signed_security_pledge = 0 OR signed_security_pledge = 1)),
  manager_type TEXT CHECK (manager_type IS NULL OR (manager_type = 'A' OR manager_type = 'B' OR manager_type = 'C')),
  register_date TEXT
);

-- ---------------------------------------------------------------------------------------------------------------
-- Households and persons (实有人口)
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE household (
  id INTEGER PRIMARY KEY,
  grid_id INTEGER REFERENCES grid(id),
  house_id INTEGER REFERENCES house(id),
  building_id INTEGER REFERENCES building(id),
  account_number TEXT,
  household_type TEXT NOT NULL DEFAULT 'registered'
    CHECK ((household_type = 'registered' OR household_type = 'floating' OR household_type = 'rental' OR household_type = 'collective' OR household_type = 'registered_absent' OR household_type = 'vacant')),
  head_person_id INTEGER REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
  home_phone_cipher BLOB,
  home_phone_masked TEXT,
  members_count INTEGER NOT NULL DEFAULT 0 CHECK (members_count >= 0),
  visit_count INTEGER NOT NULL DEFAULT 0,
  tags TEXT,
  honors TEXT,
  party_plaque INTEGER NOT NULL DEFAULT 0 CHECK ((party_plaque = 0 OR party_plaque = 1)),
  source_state TEXT NOT NULL DEFAULT 'entered' CHECK ((source_state = 'entered' OR source_state = 'claimed' OR source_state = 'verified' OR source_state = 'imported')),
  logout INTEGER NOT NULL DEFAULT 0 CHECK ((logout = 0 OR logout = 1)),
  logout_reason TEXT,
  logout_date TEXT,
  created_by TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_by TEXT,
  updated_at TEXT
);
CREATE INDEX household_grid ON household(grid_id);
CREATE INDEX household_building ON household(building_id);
CREATE INDEX household_house ON household(house_id);

CREATE TABLE person (
  id INTEGER PRIMARY KEY,
  household_id INTEGER REFERENCES household(id),
  grid_id INTEGER REFERENCES grid(id),
  name TEXT NOT NULL,
  used_name TEXT,
  id_type TEXT NOT NULL DEFAULT 'resident_id'
    CHECK ((id_type = 'resident_id' OR id_type = 'passport' OR id_type = 'hk_macao_permit' OR id_type = 'taiwan_permit' OR id_type = 'foreigner_permanent' OR id_type = 'other')),
  id_cipher BLOB,
  id_hmac TEXT,
  id_masked TEXT,
  gender TEXT CHECK (gender IS NULL OR (gender = 'M' OR gender = 'F')),
  birth_date TEXT CHECK (birth_date IS NULL OR birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  population_type TEXT NOT NULL DEFAULT 'registered'
    CHECK ((population_type = 'registered' OR population_type = 'floating' OR population_type = 'unsettled' OR population_type = 'overseas')),
  relation_code TEXT,
  political_code TEXT,
  nation_code TEXT,
  education_code TEXT,
  marital_code TEXT,
  hukou_category_code TEXT,
  mobile_cipher BLOB,
  mobile_masked TEXT,
  work_unit TEXT,
  career TEXT,
  native_place TEXT,
  tags TEXT,
  -- floating population (流动人口)
  inflow_reason_code TEXT,
  inflow_date TEXT,
  residence_permit_type TEXT,
  residence_permit_expiry TEXT,
  -- overseas (境外人员)
  nationality TEXT,
  english_name TEXT,
  is_dead INTEGER NOT NULL DEFAULT 0 CHECK ((is_dead = 0 OR is_dead = 1)),
  source_state TEXT NOT NULL DEFAULT 'entered' CHECK ((source_state = 'entered' OR source_state = 'claimed' OR source_state = 'verified' OR source_state = 'imported')),
  logout INTEGER NOT NULL DEFAULT 0 CHECK ((logout = 0 OR logout = 1)),
  logout_reason TEXT,
  logout_date TEXT,
  created_by TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_by TEXT,
  updated_at TEXT
);
CREATE INDEX person_household ON person(household_id);
CREATE INDEX person_grid ON person(grid_id);
CREATE INDEX person_id_hmac ON person(id_hmac);
CREATE INDEX person_name ON person(name);

-- Care and support records attached to a person (残疾人, 低保, 优抚…): 🔴, detail encrypted.
CREATE TABLE person_care (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES person(id),
  care_code TEXT NOT NULL,
  detail_cipher BLOB,
  start_date TEXT,
  end_date TEXT
);

-- ---------------------------------------------------------------------------------------------------------------
-- Staff and role assignments (五长, grid workers, instructors, police beat officers)
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE staff (
  id INTEGER PRIMARY KEY,
  person_id INTEGER REFERENCES person(id),
  name TEXT NOT NULL,
  gender TEXT CHECK (gender IS NULL OR (gender = 'M' OR gender = 'F')),
  birth_date TEXT,
  id_cipher BLOB,
  id_masked TEXT,
  work_phone TEXT,
  political_code TEXT,
  education_code TEXT,
  photo BLOB,
  active INTEGER NOT NULL DEFAULT 1 CHECK ((active = 0 OR active = 1)),
  registered_date TEXT,
  remark TEXT
);

CREATE TABLE staff_assignment (
  id INTEGER PRIMARY KEY,
  staff_id INTEGER NOT NULL REFERENCES staff(id),
  role_code TEXT NOT NULL CHECK ((role_code = 'COMMUNITY_LEADER' OR role_code = 'AREA_LEADER' OR role_code = 'GRID_LEADER' OR role_code = 'BUILDING_LEADER' OR role_code = 'PROPERTY_LEADER' OR role_code = 'GRID_WORKER' OR role_code = 'GRID_INSTRUCTOR' OR role_code = 'POLICE_OFFICER' OR role_code = 'MICRO_GRID_LEADER' OR role_code = 'PARTY_SECRETARY')),
  level TEXT NOT NULL CHECK ((level = 'street' OR level = 'community' OR level = 'area' OR level = 'grid' OR level = 'micro_grid' OR level = 'building' OR level = 'estate')),
  target_id INTEGER NOT NULL,
  position_type TEXT CHECK (position_type IS NULL OR (position_type = 'full_time' OR position_type = 'part_time')),
  duties TEXT,
  start_date TEXT NOT NULL,
  end_date TEXT,
  CHECK (role_code <> 'GRID_WORKER' OR position_type IS NOT NULL)
);
CREATE INDEX staff_assignment_target ON staff_assignment(level, target_id);

-- ---------------------------------------------------------------------------------------------------------------
-- Party organisations, members and household links (党员联户)
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE party_org (
  id INTEGER PRIMARY KEY,
  parent_id INTEGER REFERENCES party_org(id),
  kind TEXT NOT NULL CHECK ((kind = 'committee' OR kind = 'general_branch' OR kind = 'branch' OR kind = 'group')),
  name TEXT NOT NULL,
  community_id INTEGER REFERENCES community(id),
  grid_id INTEGER REFERENCES grid(id),
  secretary_staff_id INTEGER REFERENCES staff(id)
);

CREATE TABLE party_member (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL UNIQUE REFERENCES person(id),
  party_org_id INTEGER REFERENCES party_org(id),
  join_date TEXT,
  full_member_date TEXT,
  member_type_code TEXT,
  party_position TEXT,
  is_flow INTEGER NOT NULL DEFAULT 0 CHECK ((is_flow = 0 OR is_flow = 1)),
  in_service_registered INTEGER NOT NULL DEFAULT 0 CHECK ((in_service_registered = 0 OR in_service_registered = 1)),
  report_organisation TEXT,
  link_limit INTEGER NOT NULL DEFAULT 5 CHECK (link_limit >= 0),
  exempt_code TEXT,
  active INTEGER NOT NULL DEFAULT 1 CHECK ((active = 0 OR active = 1))
);

CREATE TABLE party_link (
  id INTEGER PRIMARY KEY,
  party_member_id INTEGER NOT NULL REFERENCES party_member(id),
  household_id INTEGER NOT NULL REFERENCES household(id),
  link_type TEXT NOT NULL DEFAULT 'member_household'
    CHECK ((link_type = 'member_household' OR link_type = 'centre_household' OR link_type = 'in_service')),
  assigned_by TEXT NOT NULL DEFAULT 'organisation' CHECK ((assigned_by = 'mutual' OR assigned_by = 'organisation')),
  contact_card_issued INTEGER NOT NULL DEFAULT 0 CHECK ((contact_card_issued = 0 OR contact_card_issued = 1)),
  start_date TEXT NOT NULL,
  end_date TEXT
);
CREATE INDEX party_link_household ON party_link(household_id);
CREATE INDEX party_link_member ON party_link(party_member_id);

-- ---------------------------------------------------------------------------------------------------------------
-- Three lists: key persons, key places, key matters (三张清单)
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE key_person (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES person(id),
  grid_id INTEGER REFERENCES grid(id),
  category_code TEXT NOT NULL,
  attention_level TEXT NOT NULL DEFAULT 'normal' CHECK ((attention_level = 'normal' OR attention_level = 'medium' OR attention_level = 'serious')),
  under_attention INTEGER NOT NULL DEFAULT 1 CHECK ((under_attention = 0 OR under_attention = 1)),
  attention_reason_cipher BLOB,
  detail_cipher BLOB,
  helper_staff_id INTEGER REFERENCES staff(id),
  risk_colour TEXT CHECK (risk_colour IS NULL OR (risk_colour = 'red' OR risk_colour = 'orange' OR risk_colour = 'yellow' OR risk_colour = 'blue')),
  last_visit_date TEXT,
  next_visit_due TEXT,
  logout INTEGER NOT NULL DEFAULT 0 CHECK ((logout = 0 OR logout = 1)),
  logout_reason TEXT,
  logout_date TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at TEXT
);
CREATE INDEX key_person_grid ON key_person(grid_id);

CREATE TABLE key_place (
  id INTEGER PRIMARY KEY,
  grid_id INTEGER REFERENCES grid(id),
  building_id INTEGER REFERENCES building(id),
  name TEXT NOT NULL,
  address TEXT,
  classification_code TEXT NOT NULL,
  key_types TEXT,
  hidden_danger TEXT,
  rectification TEXT,
  rectification_begin TEXT,
  rectification_end TEXT,
  listed_by TEXT CHECK (listed_by IS NULL OR (listed_by = 'province' OR listed_by = 'city' OR listed_by = 'county')),
  listed_level TEXT CHECK (listed_level IS NULL OR (listed_level = 'yellow' OR listed_level = 'red')),
  attention_level TEXT NOT NULL DEFAULT 'normal' CHECK ((attention_level = 'normal' OR attention_level = 'medium' OR attention_level = 'serious')),
  risk_colour TEXT CHECK (risk_colour IS NULL OR (risk_colour = 'red' OR risk_colour = 'orange' OR risk_colour = 'yellow' OR risk_colour = 'blue')),
  charge_person TEXT,
  charge_phone_cipher BLOB,
  charge_phone_masked TEXT,
  licence_no TEXT,
  capacity INTEGER,
  staff_count INTEGER,
  fire_level INTEGER CHECK (fire_level IS NULL OR fire_level BETWEEN 1 AND 4),
  management_class TEXT CHECK (management_class IS NULL OR (management_class = 'A' OR management_class = 'B' OR management_class = 'C')),
  logout INTEGER NOT NULL DEFAULT 0 CHECK ((logout = 0 OR logout = 1)),
  logout_reason TEXT,
  logout_date TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at TEXT
);
SELECT AddGeometryColumn('key_place', 'geom', @SRID@, 'POINT', 'XY');
SELECT CreateSpatialIndex('key_place', 'geom');

CREATE TABLE key_matter (
  id INTEGER PRIMARY KEY,
  serial_number TEXT NOT NULL UNIQUE,
  grid_id INTEGER REFERENCES grid(id),
  subject TEXT NOT NULL,
  group_size INTEGER CHECK (group_size IS NULL OR group_size >= 0),
  group_type TEXT CHECK (group_type IS NULL OR (group_type = 'individual' OR group_type = 'group_representative')),
  history TEXT,
  past_resolution TEXT,
  aspiration_code TEXT,
  warning_level TEXT NOT NULL CHECK ((warning_level = 'blue' OR warning_level = 'yellow' OR warning_level = 'orange' OR warning_level = 'red')),
  stability_unit TEXT,
  stability_owner TEXT,
  resolve_unit TEXT,
  resolve_owner TEXT,
  current_state TEXT,
  status TEXT NOT NULL DEFAULT 'open' CHECK ((status = 'open' OR status = 'resolving' OR status = 'assigned' OR status = 'resolved' OR status = 'closed')),
  origin TEXT CHECK (origin IS NULL OR (origin = 'new' OR origin = 'carried_over' OR origin = 'transferred' OR origin = 'assigned_from_above')),
  registrant TEXT,
  registered_at TEXT NOT NULL,
  deadline TEXT,
  next_review_date TEXT
);
SELECT AddGeometryColumn('key_matter', 'geom', @SRID@, 'POINT', 'XY');

CREATE TABLE key_matter_link (
  key_matter_id INTEGER NOT NULL REFERENCES key_matter(id),
  object_type TEXT NOT NULL CHECK ((object_type = 'key_person' OR object_type = 'key_place' OR object_type = 'event' OR object_type = 'household' OR object_type = 'building')),
  object_id INTEGER NOT NULL,
  PRIMARY KEY (key_matter_id, object_type, object_id)
);

-- ---------------------------------------------------------------------------------------------------------------
-- Events (事件) with steps, logs, evaluations and extension requests — DOMAIN.md §4.11, §6
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE event (
  id INTEGER PRIMARY KEY,
  serial_number TEXT NOT NULL UNIQUE,
  subject TEXT NOT NULL,
  content TEXT,
  issue_kind TEXT NOT NULL DEFAULT 'individual' CHECK ((issue_kind = 'individual' OR issue_kind = 'mass')),
  domain_code TEXT NOT NULL,
  type_code TEXT,
  grade TEXT NOT NULL DEFAULT 'normal' CHECK ((grade = 'normal' OR grade = 'urgent' OR grade = 'critical')),
  source_kind TEXT NOT NULL,
  reporter_name TEXT,
  reporter_phone_cipher BLOB,
  reporter_phone_masked TEXT,
  occur_grid_id INTEGER REFERENCES grid(id),
  occur_date TEXT NOT NULL,
  occur_location TEXT,
  related_people_count INTEGER,
  related_amount REAL,
  important INTEGER NOT NULL DEFAULT 0 CHECK ((important = 0 OR important = 1)),
  urgent INTEGER NOT NULL DEFAULT 0 CHECK ((urgent = 0 OR urgent = 1)),
  historic INTEGER NOT NULL DEFAULT 0 CHECK ((historic = 0 OR historic = 1)),
  status INTEGER NOT NULL DEFAULT 1 CHECK ((status = 1 OR status = 150 OR status = 200 OR status = 250 OR status = 300)),
  first_receiver TEXT NOT NULL,
  first_receiver_org_level TEXT NOT NULL,
  first_receiver_org_id INTEGER NOT NULL,
  current_org_level TEXT NOT NULL CHECK ((current_org_level = 'grid' OR current_org_level = 'community' OR current_org_level = 'street' OR current_org_level = 'district' OR current_org_level = 'department')),
  current_org_id INTEGER NOT NULL,
  supervise_level INTEGER NOT NULL DEFAULT -1 CHECK ((supervise_level = -1 OR supervise_level = 1 OR supervise_level = 100 OR supervise_level = 200)),
  deadline TEXT,
  complete_date TEXT,
  created_at TEXT NOT NULL
);
SELECT AddGeometryColumn('event', 'geom', @SRID@, 'POINT', 'XY');
SELECT CreateSpatialIndex('event', 'geom');
CREATE INDEX event_grid ON event(occur_grid_id);

CREATE TABLE event_step (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES event(id),
  source_org_level TEXT,
  source_org_id INTEGER,
  target_org_level TEXT NOT NULL,
  target_org_id INTEGER NOT NULL,
  entry_operation INTEGER NOT NULL,
  entry_date TEXT NOT NULL,
  end_date TEXT,
  state_code INTEGER NOT NULL CHECK ((state_code = 80 OR state_code = 100 OR state_code = 110 OR state_code = 120 OR state_code = 140 OR state_code = 500 OR state_code = 800 OR state_code = 900 OR state_code = 1000 OR state_code = 1100)),
  supervise_level INTEGER NOT NULL DEFAULT -1 CHECK ((supervise_level = -1 OR supervise_level = 1 OR supervise_level = 100 OR supervise_level = 200)),
  back_to_step_id INTEGER REFERENCES event_step(id),
  deal_user TEXT,
  deal_description TEXT,
  delay_state INTEGER NOT NULL DEFAULT 0 CHECK ((delay_state = 0 OR delay_state = 1 OR delay_state = 2 OR delay_state = 3)),
  overdue INTEGER NOT NULL DEFAULT 0 CHECK ((overdue = 0 OR overdue = 1))
);
CREATE INDEX event_step_event ON event_step(event_id);

CREATE TABLE event_log (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES event(id),
  step_id INTEGER REFERENCES event_step(id),
  operation_code INTEGER NOT NULL,
  deal_org_level TEXT,
  deal_org_id INTEGER,
  target_org_level TEXT,
  target_org_id INTEGER,
  deal_user TEXT NOT NULL,
  description TEXT,
  deal_time TEXT NOT NULL,
  deal_deadline TEXT
);
CREATE INDEX event_log_event ON event_log(event_id);

CREATE TABLE event_attachment (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES event(id),
  file_name TEXT NOT NULL,
  mime_type TEXT,
  content BLOB,
  added_at TEXT NOT NULL
);

CREATE TABLE event_evaluation (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES event(id),
  rating TEXT NOT NULL CHECK ((rating = 'satisfied' OR rating = 'basically_satisfied' OR rating = 'dissatisfied')),
  comment TEXT,
  follow_up_call INTEGER NOT NULL DEFAULT 0 CHECK ((follow_up_call = 0 OR follow_up_call = 1)),
  evaluated_at TEXT NOT NULL
);

CREATE TABLE event_delay_request (
  id INTEGER PRIMARY KEY,
  step_id INTEGER NOT NULL REFERENCES event_step(id),
  reason TEXT NOT NULL,
  requested_workdays INTEGER NOT NULL CHECK (requested_workdays > 0),
  applied_by TEXT NOT NULL,
  applied_at TEXT NOT NULL,
  audit_state INTEGER CHECK (audit_state IS NULL OR (audit_state = 0 OR audit_state = 1)),
  permitted_workdays INTEGER,
  audit_note TEXT,
  audited_by TEXT,
  audited_at TEXT
);

-- Duty catalogue: category → responsible department type → time limits (days), loaded from CSV by localities.
CREATE TABLE duty_catalogue (
  id INTEGER PRIMARY KEY,
  domain_code TEXT NOT NULL,
  type_code TEXT,
  responsible_org_type TEXT,
  org_level TEXT,
  yellow_accept_days INTEGER NOT NULL DEFAULT 1,
  yellow_handle_days INTEGER NOT NULL DEFAULT 5,
  yellow_verify_days INTEGER NOT NULL DEFAULT 1,
  red_accept_days INTEGER NOT NULL DEFAULT 2,
  red_handle_days INTEGER NOT NULL DEFAULT 10,
  red_verify_days INTEGER NOT NULL DEFAULT 2,
  legal_basis TEXT
);

-- Skip-level escalation rules (越级规则).
CREATE TABLE escalation_rule (
  id INTEGER PRIMARY KEY,
  domain_code TEXT NOT NULL,
  type_code TEXT,
  grade TEXT NOT NULL CHECK ((grade = 'normal' OR grade = 'urgent' OR grade = 'critical')),
  submit_level TEXT NOT NULL CHECK ((submit_level = 'community' OR submit_level = 'street' OR submit_level = 'district')),
  cc_departments TEXT,
  enabled INTEGER NOT NULL DEFAULT 1 CHECK ((enabled = 0 OR enabled = 1))
);

CREATE TABLE work_calendar (
  day TEXT PRIMARY KEY CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  is_workday INTEGER NOT NULL CHECK ((is_workday = 0 OR is_workday = 1))
);

-- 四事五议 deliberations.
CREATE TABLE deliberation (
  id INTEGER PRIMARY KEY,
  level TEXT NOT NULL CHECK ((level = 'estate' OR level = 'community' OR level = 'block' OR level = 'district')),
  level_id INTEGER,
  topic TEXT NOT NULL,
  initiator TEXT,
  step TEXT NOT NULL CHECK ((step = 'suggest' OR step = 'propose' OR step = 'discuss' OR step = 'review' OR step = 'decide')),
  minutes TEXT,
  decision TEXT,
  quorum_record TEXT,
  created_at TEXT NOT NULL,
  decided_at TEXT
);

-- ---------------------------------------------------------------------------------------------------------------
-- Patrols, visits, ledgers
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE patrol_log (
  id INTEGER PRIMARY KEY,
  grid_id INTEGER REFERENCES grid(id),
  staff_id INTEGER REFERENCES staff(id),
  log_type TEXT NOT NULL CHECK ((log_type = 'patrol' OR log_type = 'routine_visit' OR log_type = 'key_person_visit' OR log_type = 'hidden_danger' OR log_type = 'work_record' OR log_type = 'other')),
  object_type TEXT CHECK (object_type IS NULL OR (object_type = 'household' OR object_type = 'person' OR object_type = 'key_person' OR object_type = 'key_place' OR object_type = 'building' OR object_type = 'house')),
  object_id INTEGER,
  work_time TEXT NOT NULL,
  place TEXT,
  content TEXT,
  is_home INTEGER CHECK (is_home IS NULL OR (is_home = 0 OR is_home = 1)),
  has_exception INTEGER NOT NULL DEFAULT 0 CHECK ((has_exception = 0 OR has_exception = 1)),
  exception_code TEXT,
  exception_info TEXT,
  sign_status INTEGER NOT NULL DEFAULT 0 CHECK ((sign_status = 0 OR sign_status = 1)),
  sign_org TEXT,
  sign_comment TEXT,
  sign_date TEXT,
  event_id INTEGER REFERENCES event(id)
);
SELECT AddGeometryColumn('patrol_log', 'geom', @SRID@, 'POINT', 'XY');
CREATE INDEX patrol_log_grid ON patrol_log(grid_id);

-- Patrol tracks are whereabouts (行踪轨迹): 🔴.
CREATE TABLE patrol_track (
  id INTEGER PRIMARY KEY,
  staff_id INTEGER NOT NULL REFERENCES staff(id),
  started_at TEXT NOT NULL,
  ended_at TEXT
);
SELECT AddGeometryColumn('patrol_track', 'geom', @SRID@, 'LINESTRING', 'XY');

-- Entries of the five ledgers (五本台账): patrol notes, problems and suggestions collected at each level.
CREATE TABLE ledger_entry (
  id INTEGER PRIMARY KEY,
  ledger_level TEXT NOT NULL CHECK ((ledger_level = 'community' OR ledger_level = 'area' OR ledger_level = 'grid' OR ledger_level = 'building' OR ledger_level = 'property')),
  target_id INTEGER NOT NULL,
  entry_type TEXT NOT NULL CHECK ((entry_type = 'patrol' OR entry_type = 'visit' OR entry_type = 'problem' OR entry_type = 'suggestion' OR entry_type = 'meeting' OR entry_type = 'other')),
  title TEXT NOT NULL,
  content TEXT,
  status TEXT NOT NULL DEFAULT 'open' CHECK ((status = 'open' OR status = 'in_progress' OR status = 'resolved' OR status = 'closed')),
  event_id INTEGER REFERENCES event(id),
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL
);
CREATE INDEX ledger_entry_target ON ledger_entry(ledger_level, target_id);

CREATE TABLE notice_board (
  id INTEGER PRIMARY KEY,
  grid_id INTEGER NOT NULL REFERENCES grid(id),
  version INTEGER NOT NULL,
  published_at TEXT NOT NULL,
  content_json TEXT NOT NULL,
  UNIQUE (grid_id, version)
);

-- ---------------------------------------------------------------------------------------------------------------
-- Users, roles, audit, QR tokens
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE app_user (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  staff_id INTEGER REFERENCES staff(id),
  password_hash TEXT,
  active INTEGER NOT NULL DEFAULT 1 CHECK ((active = 0 OR active = 1)),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE user_role (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES app_user(id),
  role_code TEXT NOT NULL,
  scope_level TEXT NOT NULL CHECK ((scope_level = 'district' OR scope_level = 'street' OR scope_level = 'community' OR scope_level = 'area' OR scope_level = 'grid')),
  scope_id INTEGER NOT NULL,
  UNIQUE (user_id, role_code, scope_level, scope_id)
);

-- Append-only: who, when, what (table, record), before → after as JSON; hash-chained.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  actor_user_id INTEGER,
  action TEXT NOT NULL CHECK ((action = 'insert' OR action = 'update' OR action = 'delete' OR action = 'reveal' OR action = 'export' OR action = 'import' OR action = 'login' OR action = 'migrate')),
  table_name TEXT NOT NULL,
  record_id INTEGER,
  before_json TEXT,
  after_json TEXT,
  reason TEXT,
  prev_hash TEXT,
  hash TEXT
);
CREATE INDEX audit_log_record ON audit_log(table_name, record_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TABLE qr_token (
  id INTEGER PRIMARY KEY,
  token TEXT NOT NULL UNIQUE CHECK (length(token) >= 26),
  scope TEXT NOT NULL CHECK ((scope = 'grid' OR scope = 'building' OR scope = 'household' OR scope = 'person')),
  target_id INTEGER NOT NULL,
  issued_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX qr_token_target ON qr_token(scope, target_id);
