-- SPDX-License-Identifier: GPL-2.0-or-later
-- Version 13: the event closed loop (issue 18; DOMAIN.md §4.11, §6.1–6.4). Steps carry their yellow and red
-- supervision dates (working days from the duty list and the calendar); events record the building, the feedback to
-- the resident, merges and reopenings. The calendar holds the exceptions to Monday–Friday: public holidays on
-- weekdays (0) and adjusted working weekends (调休, 1), seeded from the State Council notices for 2025
-- (国办发明电〔2024〕12号) and 2026 (notice of 2025-11-04); other years are flagged as not covered.
ALTER TABLE event_step ADD COLUMN yellow_date TEXT;
ALTER TABLE event_step ADD COLUMN red_date TEXT;
ALTER TABLE event_step ADD COLUMN role TEXT NOT NULL DEFAULT 'lead' CHECK (role IN ('lead', 'helper'));
ALTER TABLE event ADD COLUMN building_id INTEGER REFERENCES building(id);
ALTER TABLE event ADD COLUMN merged_into INTEGER REFERENCES event(id);
ALTER TABLE event ADD COLUMN feedback TEXT;
ALTER TABLE event ADD COLUMN feedback_at TEXT;
ALTER TABLE event ADD COLUMN reopened INTEGER NOT NULL DEFAULT 0;
CREATE INDEX IF NOT EXISTS event_step_holder ON event_step(target_org_level, target_org_id, state_code);
CREATE INDEX IF NOT EXISTS event_grid_status ON event(occur_grid_id, status);
CREATE INDEX IF NOT EXISTS event_log_event ON event_log(event_id);

CREATE TABLE work_calendar_year (
  year INTEGER PRIMARY KEY,
  source TEXT NOT NULL
);
INSERT INTO work_calendar_year (year, source) VALUES
  (2025, '国务院办公厅关于2025年部分节假日安排的通知 国办发明电〔2024〕12号'),
  (2026, '国务院办公厅关于2026年部分节假日安排的通知 2025-11-04');
INSERT OR REPLACE INTO work_calendar (day, is_workday) VALUES
  ('2025-01-01', 0),
  ('2025-01-28', 0),
  ('2025-01-29', 0),
  ('2025-01-30', 0),
  ('2025-01-31', 0),
  ('2025-02-03', 0),
  ('2025-02-04', 0),
  ('2025-04-04', 0),
  ('2025-05-01', 0),
  ('2025-05-02', 0),
  ('2025-05-05', 0),
  ('2025-06-02', 0),
  ('2025-10-01', 0),
  ('2025-10-02', 0),
  ('2025-10-03', 0),
  ('2025-10-06', 0),
  ('2025-10-07', 0),
  ('2025-10-08', 0),
  ('2026-01-01', 0),
  ('2026-01-02', 0),
  ('2026-02-16', 0),
  ('2026-02-17', 0),
  ('2026-02-18', 0),
  ('2026-02-19', 0),
  ('2026-02-20', 0),
  ('2026-02-23', 0),
  ('2026-04-06', 0),
  ('2026-05-01', 0),
  ('2026-05-04', 0),
  ('2026-05-05', 0),
  ('2026-06-19', 0),
  ('2026-09-25', 0),
  ('2026-10-01', 0),
  ('2026-10-02', 0),
  ('2026-10-05', 0),
  ('2026-10-06', 0),
  ('2026-10-07', 0),
  ('2025-01-26', 1),
  ('2025-02-08', 1),
  ('2025-04-27', 1),
  ('2025-09-28', 1),
  ('2025-10-11', 1),
  ('2026-01-04', 1),
  ('2026-02-14', 1),
  ('2026-02-28', 1),
  ('2026-05-09', 1),
  ('2026-09-20', 1),
  ('2026-10-10', 1);

-- The duty list (职责清单): one row per class (domain) and item (type); the level that handles it first and the
-- department type it goes to, time limits in working days (DOMAIN.md §6.3 defaults), and the legal basis.
ALTER TABLE duty_catalogue ADD COLUMN item_name TEXT;
ALTER TABLE duty_catalogue ADD COLUMN department_type TEXT;
CREATE UNIQUE INDEX duty_catalogue_item ON duty_catalogue(domain_code, coalesce(type_code, ''));
INSERT INTO duty_catalogue (domain_code, type_code, item_name, org_level, department_type, yellow_accept_days,
                            yellow_handle_days, yellow_verify_days, red_accept_days, red_handle_days, red_verify_days,
                            legal_basis)
SELECT v.domain_code, v.code, v.name_zh,
       CASE v.domain_code WHEN 'CITY' THEN 'street' WHEN 'APPROVAL' THEN 'community' ELSE 'grid' END,
       CASE WHEN v.domain_code = 'SAFETY' AND v.code IN ('SAFETY_01', 'SAFETY_02', 'SAFETY_03', 'SAFETY_04', 'SAFETY_05',
                                                          'SAFETY_06', 'SAFETY_07') THEN 'POLICE'
            WHEN v.code IN ('SAFETY_08') THEN 'FIRE'
            WHEN v.domain_code = 'CITY' THEN 'URBAN_MANAGEMENT' END,
       1, 5, 1, 2, 10, 2, NULL
FROM (SELECT substr(code, 1, instr(code, '_') - 1) AS domain_code, code, name_zh FROM code_value
      WHERE domain = 'event_type') v;
INSERT INTO duty_catalogue (domain_code, type_code, item_name, org_level, yellow_accept_days, yellow_handle_days,
                            yellow_verify_days, red_accept_days, red_handle_days, red_verify_days)
SELECT code, NULL, name_zh, 'grid', 1, 5, 1, 2, 10, 2 FROM code_value WHERE domain = 'event_domain';

-- Skip-level escalation (越级上报, DOMAIN.md §6.2): critical safety and dispute events go to the street at once.
INSERT INTO escalation_rule (domain_code, type_code, grade, submit_level, cc_departments, enabled) VALUES
  ('SAFETY', NULL, 'critical', 'street', 'POLICE', 1),
  ('DISPUTE', NULL, 'critical', 'street', NULL, 1),
  ('SAFETY', NULL, 'urgent', 'community', NULL, 1);

INSERT OR IGNORE INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('event_operation', '10', '上报事件', 'Report', NULL, 0),
  ('event_operation', '2', '分类定级', 'Classify', NULL, 2),
  ('event_operation', '3', '申请延期', 'Request extension', NULL, 3),
  ('event_operation', '4', '批准延期', 'Approve extension', NULL, 4),
  ('event_operation', '5', '驳回延期', 'Reject extension', NULL, 5),
  ('event_operation', '6', '评价', 'Evaluate', NULL, 6),
  ('event_operation', '7', '重新办理', 'Reopen', NULL, 7),
  ('event_operation', '8', '合并', 'Merge', NULL, 8);

-- Events on the map: the traffic light of each event's open step at today's date (red and yellow supervision cards,
-- resolved and waiting, closed) and its class, for the events layer.
CREATE VIEW event_map AS
SELECT e.id AS id, e.serial_number AS serial, e.subject AS subject, e.domain_code AS class, e.status AS status,
       e.occur_grid_id AS grid_id, s.state_code AS step_state, s.red_date AS red_date,
       CASE WHEN e.status IN (250, 300) THEN 'closed'
            WHEN s.red_date IS NOT NULL AND date('now', 'localtime') > s.red_date THEN 'red'
            WHEN s.yellow_date IS NOT NULL AND date('now', 'localtime') > s.yellow_date THEN 'yellow'
            WHEN e.status = 150 THEN 'resolved'
            ELSE 'open' END AS light,
       e.geom AS geom
FROM event e
LEFT JOIN event_step s ON s.id = (SELECT max(x.id) FROM event_step x WHERE x.event_id = e.id AND x.role = 'lead'
                                                                          AND x.state_code IN (110, 120, 800))
WHERE e.geom IS NOT NULL AND e.merged_into IS NULL;
INSERT INTO views_geometry_columns (view_name, view_geometry, view_rowid, f_table_name, f_geometry_column, read_only)
VALUES ('event_map', 'geom', 'id', 'event', 'geom', 1);

-- Photos of an event: the image as stored (re-encoded without its metadata unless kept on purpose) and a thumbnail.
ALTER TABLE event_attachment ADD COLUMN thumbnail BLOB;
ALTER TABLE event_attachment ADD COLUMN metadata_kept INTEGER NOT NULL DEFAULT 0 CHECK (metadata_kept IN (0, 1));
ALTER TABLE event_attachment ADD COLUMN added_by TEXT;
