-- SPDX-License-Identifier: GPL-2.0-or-later
-- Version 15: patrols and visits with frequency rules (issue 19; DOMAIN.md §4.10).
--
-- A patrol log row is one patrol of a grid or one visit. What it visited: object_type/object_id for a building,
-- household, key person or key place; key_matter_id for a key matter (its parties or site); nothing for a patrol of
-- the grid itself (log_type 'patrol'). The worker records who was met, the findings (content), an optional photo and,
-- when the next visit must come sooner or later than the rule says, the next due date.
ALTER TABLE patrol_log ADD COLUMN key_matter_id INTEGER REFERENCES key_matter(id);
ALTER TABLE patrol_log ADD COLUMN met_person TEXT;
ALTER TABLE patrol_log ADD COLUMN next_due TEXT;
ALTER TABLE patrol_log ADD COLUMN photo BLOB;
ALTER TABLE patrol_log ADD COLUMN photo_name TEXT;
ALTER TABLE patrol_log ADD COLUMN recorded_by TEXT;
ALTER TABLE patrol_log ADD COLUMN recorded_at TEXT;
CREATE INDEX patrol_log_object ON patrol_log(object_type, object_id, work_time);
CREATE INDEX patrol_log_matter ON patrol_log(key_matter_id) WHERE key_matter_id IS NOT NULL;
CREATE INDEX patrol_log_time ON patrol_log(work_time);
CREATE INDEX patrol_log_next_due ON patrol_log(next_due) WHERE next_due IS NOT NULL;

-- Visit frequency rules (走访频次), editable data. An object is under every active rule of its type whose category
-- and colour match (NULL matches any); the most frequent of them applies. Categories: key persons their category
-- code, key places their classification code, households 'rental' or a person_tag of a member (elderly_alone,
-- disabled …). Colours: key persons' and key places' risk colour, key matters' warning level. Grids: the patrol of
-- the whole grid. Intervals are whole days, weeks or calendar months (a month after 31 January is the last day of
-- February).
CREATE TABLE visit_rule (
  id INTEGER PRIMARY KEY,
  object_type TEXT NOT NULL CHECK (object_type IN ('grid', 'household', 'key_person', 'key_place', 'key_matter')),
  category TEXT,
  risk_colour TEXT CHECK (risk_colour IS NULL OR risk_colour IN ('red', 'orange', 'yellow', 'blue')),
  every_n INTEGER NOT NULL CHECK (every_n BETWEEN 1 AND 366),
  unit TEXT NOT NULL CHECK (unit IN ('day', 'week', 'month')),
  name_zh TEXT NOT NULL,
  name_en TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  note TEXT
);
INSERT INTO visit_rule (object_type, category, risk_colour, every_n, unit, name_zh, name_en, note) VALUES
  ('grid', NULL, NULL, 1, 'week', '网格巡查 每周', 'Grid patrol, weekly', '每周至少完整巡查网格一次'),
  ('key_person', NULL, 'red', 1, 'week', '红色重点人员 每周', 'Red key person, weekly', NULL),
  ('key_person', NULL, 'orange', 2, 'week', '橙色重点人员 每两周', 'Orange key person, every two weeks', NULL),
  ('key_person', NULL, 'yellow', 1, 'month', '黄色重点人员 每月', 'Yellow key person, monthly', NULL),
  ('key_person', NULL, 'blue', 3, 'month', '蓝色重点人员 每季度', 'Blue key person, quarterly', NULL),
  ('key_person', NULL, NULL, 3, 'month', '重点人员 每季度', 'Key person, quarterly', '未评定风险颜色的重点人员'),
  ('key_person', 'COMMUNITY_CORRECTION', NULL, 1, 'week', '社区矫正人员 每周', 'Community correction, weekly', NULL),
  ('key_person', 'SEVERE_MENTAL_DISORDER', NULL, 2, 'week', '严重精神障碍患者 每两周', 'Severe mental disorder, every two weeks', NULL),
  ('key_place', NULL, 'red', 1, 'week', '红色重点场所 每周', 'Red key place, weekly', NULL),
  ('key_place', NULL, 'orange', 2, 'week', '橙色重点场所 每两周', 'Orange key place, every two weeks', NULL),
  ('key_place', NULL, 'yellow', 1, 'month', '黄色重点场所 每月', 'Yellow key place, monthly', NULL),
  ('key_place', NULL, 'blue', 3, 'month', '蓝色重点场所 每季度', 'Blue key place, quarterly', NULL),
  ('key_place', NULL, NULL, 3, 'month', '重点场所 每季度', 'Key place, quarterly', NULL),
  ('key_matter', NULL, 'red', 1, 'week', '红色预警事项 每周回访', 'Red key matter, weekly', NULL),
  ('key_matter', NULL, 'orange', 2, 'week', '橙色预警事项 每两周回访', 'Orange key matter, every two weeks', NULL),
  ('key_matter', NULL, NULL, 1, 'month', '重点事项 每月回访', 'Key matter, monthly', NULL),
  ('household', 'elderly_alone', NULL, 1, 'week', '独居老人 每周探访', 'Elderly living alone, weekly', NULL),
  ('household', 'disabled', NULL, 1, 'month', '残疾人家庭 每月', 'Household with a disabled member, monthly', NULL),
  ('household', 'three_without', NULL, 2, 'week', '三无人员 每两周', 'No income, work ability or carer, every two weeks', NULL),
  ('household', 'left_behind_child', NULL, 2, 'week', '留守儿童 每两周', 'Left-behind child, every two weeks', NULL),
  ('household', 'rental', NULL, 3, 'month', '出租房屋 每季度', 'Rental household, quarterly', NULL);
