-- SPDX-License-Identifier: GPL-2.0-or-later
-- Version 5: indexes on foreign-key child columns. Without them SQLite scans the child table whenever a parent
-- row is inserted while a deferred constraint is pending (household.head_person_id → person) or a parent row is
-- changed or deleted; bulk loads became quadratic.
CREATE INDEX household_head ON household(head_person_id);
CREATE INDEX building_estate ON building(estate_id);
CREATE INDEX grid_area ON grid(area_id);
CREATE INDEX grid_plan_community ON grid_plan(community_id);
CREATE INDEX estate_community ON estate(community_id);
CREATE INDEX staff_assignment_staff ON staff_assignment(staff_id);
CREATE INDEX key_person_person ON key_person(person_id);
CREATE INDEX key_place_building ON key_place(building_id);
CREATE INDEX key_place_grid ON key_place(grid_id);
CREATE INDEX key_matter_grid ON key_matter(grid_id);
CREATE INDEX patrol_log_staff ON patrol_log(staff_id);
CREATE INDEX party_member_org ON party_member(party_org_id);
CREATE INDEX party_org_grid ON party_org(grid_id);
CREATE INDEX event_evaluation_event ON event_evaluation(event_id);
CREATE INDEX event_attachment_event ON event_attachment(event_id);
CREATE INDEX grid_version_grid ON grid_version(grid_id);
CREATE INDEX person_care_person ON person_care(person_id);
CREATE INDEX street_district ON street(district_id);
