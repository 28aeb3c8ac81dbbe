-- SPDX-License-Identifier: GPL-2.0-or-later
-- Version 16: work packages (issue 21). A grid worker takes a GeoPackage of their grids out (QField or a laptop),
-- edits offline, and the secretary merges it back: a row-wise three-way merge against the base the package holds.
--
-- work_package: one package made from this database; its scope is the grids and the buildings in them when it was
-- made (buildings keep their ids through a redraw, grid ids do not), so an old package still merges by record id.
CREATE TABLE work_package (
  id INTEGER PRIMARY KEY,
  token TEXT NOT NULL UNIQUE,             -- random, written into the package's gs_package table
  user_login TEXT NOT NULL,               -- whose package: its edits are audited under this name
  user_id INTEGER REFERENCES app_user(id),
  grid_ids TEXT NOT NULL,                 -- "1,2": the grids it was made for
  grid_codes TEXT NOT NULL,
  building_ids TEXT NOT NULL,             -- "4,5,9": the buildings of those grids then
  file_name TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'out' CHECK (status IN ('out', 'merged', 'revoked')),
  merged_at TEXT,
  merge_count INTEGER NOT NULL DEFAULT 0,
  revoked_at TEXT,
  revoked_by TEXT
);

-- Each package row merged: which record it is in this database (new rows get new ids; every reference to them is
-- remapped through this table) and the values last merged, the base of the next merge of the same package (so a
-- second merge changes nothing and a worker may go on editing and merge again).
CREATE TABLE work_package_row (
  package_id INTEGER NOT NULL REFERENCES work_package(id),
  layer TEXT NOT NULL,
  fid INTEGER NOT NULL,
  record_id INTEGER NOT NULL,
  merged_values TEXT NOT NULL,           -- field=length:value;… (any characters), or "-" once deleted
  PRIMARY KEY (package_id, layer, fid)
) WITHOUT ROWID;

-- What a merge could not apply: both sides set a field to different values ('conflict'), or the change broke a
-- rule or left the package's scope ('refused'). Kept until the secretary resolves it (ours, theirs or an edited
-- value); a later merge never drops an open one.
CREATE TABLE work_package_conflict (
  id INTEGER PRIMARY KEY,
  package_id INTEGER NOT NULL REFERENCES work_package(id),
  layer TEXT NOT NULL,
  record_id INTEGER,                      -- NULL: a new row that could not be added
  fid INTEGER NOT NULL,
  field TEXT NOT NULL,                    -- list column key; '*' for a whole row
  kind TEXT NOT NULL CHECK (kind IN ('conflict', 'refused')),
  base_value TEXT,
  ours_value TEXT,
  theirs_value TEXT,
  message TEXT,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'ours', 'theirs', 'edited')),
  resolved_value TEXT,
  resolved_by TEXT,
  resolved_at TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX work_package_conflict_open ON work_package_conflict(package_id, layer, fid, field) WHERE status = 'open';

INSERT INTO permission_subject (subject, name_zh, name_en) VALUES ('package', '工作包', 'Work packages');
-- write: take packages out (a worker their own grids); admin: make them for others, merge, resolve and revoke.
INSERT INTO permission (role_code, subject, operation) VALUES
  ('COMMUNITY_SECRETARY', 'package', 'read'), ('COMMUNITY_SECRETARY', 'package', 'write'),
  ('COMMUNITY_SECRETARY', 'package', 'admin'),
  ('COMMUNITY_OFFICE', 'package', 'read'), ('COMMUNITY_OFFICE', 'package', 'write'),
  ('COMMUNITY_OFFICE', 'package', 'admin'),
  ('GRID_LEADER', 'package', 'read'), ('GRID_LEADER', 'package', 'write'),
  ('GRID_WORKER', 'package', 'read'), ('GRID_WORKER', 'package', 'write'),
  ('STREET_OFFICE', 'package', 'read'),
  ('DISTRICT_ADMIN', 'package', 'read'), ('DISTRICT_ADMIN', 'package', 'write'), ('DISTRICT_ADMIN', 'package', 'admin');
