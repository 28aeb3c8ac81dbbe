// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>
#include <vector>

#include "common/actor.h"
#include "common/clock.h"
#include "common/progress.h"
#include "common/result.h"
#include "storage/record_change.h"

namespace grid {
class Database;
}

/**
 * Minimal emergency units (最小应急单元): a community's buildings grouped into small units that act on their own in
 * the first minutes of an emergency — a responsible person and deputies from the staff register, volunteers, a
 * shelter and supplies, and the vulnerable households to reach first (persons with an active care tag listed in the
 * code table emergency_priority: elderly living alone, disabled, bedridden, children left alone).
 *
 * A building is in at most one unit (emergency_unit_building.building_id is unique); checkUnits lists the buildings
 * in none, so "every building in exactly one unit" is a check that can pass. Every edit is audited and returns its
 * RecordChange (undo).
 */
namespace grid::emergency {

struct AssignOptions {
  int maxHouseholds = 150;  //!< a unit grows to about this many households (one building larger stays whole)
};
struct AssignReport {
  int unitsCreated = 0, buildingsAssigned = 0;
  RecordChange change;
};
/**
 * Puts every building of community \a communityId that is in no unit into one: an estate's buildings join the
 * estate's unit (split along the map when it holds more than maxHouseholds), the rest are grouped per grid, in map
 * order, into units of about maxHouseholds. A new unit's responsible person is a building leader (楼栋长) of its
 * buildings, else the grid worker; other building leaders, the estate's property leader and the grid worker become
 * deputies. One transaction; cancellable through \a progress.
 */
Result<AssignReport> assignUnits(Database& database, const Clock& clock, const Actor& actor, long long communityId,
                                 const AssignOptions& options = {}, Progress* progress = nullptr);

struct UnitMember {
  long long id = -1;
  std::string role;  //!< responsible, deputy, volunteer
  long long staffId = -1;
  std::string name, phone;
};
struct UnitBuilding {
  long long id = -1;
  std::string name;
  long long households = 0;
};
struct VulnerablePerson {
  long long personId = -1, householdId = -1;
  std::string name;     //!< as the person list shows it to the reader
  std::string address;  //!< building and room
  std::string tags;     //!< the priority tags' names, "、"-separated
  std::string phone;    //!< the person's mobile, else the household's phone, masked
  int age = -1;
};
struct Unit {
  long long id = -1, communityId = -1, gridId = -1, estateId = -1;
  std::string name, gridCode, gridName, shelter, supplies, notes;
  long long shelterCapacity = -1;
  std::vector<UnitBuilding> buildings;
  std::vector<UnitMember> members;
  std::vector<VulnerablePerson> vulnerable;  //!< filled when asked
  long long households = 0, persons = 0;
};
//! The units of a community, by name; with \a withVulnerable their priority persons (what the reader may see).
Result<std::vector<Unit>> loadUnits(Database& database, const Clock& clock, long long communityId, bool withVulnerable,
                                    bool english = false);

struct UnitCheck {
  long long buildings = 0;                                            //!< live buildings of the community
  std::vector<std::pair<long long, std::string>> withoutUnit;         //!< building id, name
  std::vector<std::pair<long long, std::string>> inOtherCommunity;    //!< building in a unit of another community
  std::vector<std::pair<long long, std::string>> withoutResponsible;  //!< unit id, name
  std::vector<std::pair<long long, std::string>> empty;               //!< units without buildings
  bool ok() const { return withoutUnit.empty() && inOtherCommunity.empty() && withoutResponsible.empty(); }
};
Result<UnitCheck> checkUnits(Database& database, long long communityId);

//! A new unit of \a buildingIds (taken out of their units), named \a name; its outline follows them.
Result<std::pair<long long, RecordChange>> createUnit(Database& database, const Clock& clock, const Actor& actor,
                                                      long long communityId, const std::string& name,
                                                      const std::vector<long long>& buildingIds);
//! Moves \a buildingIds into unit \a unitId (from whatever unit held them); both outlines are redrawn.
Result<RecordChange> moveBuildings(Database& database, const Clock& clock, const Actor& actor, long long unitId,
                                   const std::vector<long long>& buildingIds);

struct UnitDetails {
  std::string name, shelter, supplies, notes;
  long long shelterCapacity = -1;
};
Result<RecordChange> setUnitDetails(Database& database, const Clock& clock, const Actor& actor, long long unitId,
                                    const UnitDetails& details);
/**
 * Adds a member: responsible and deputies come from the staff register (\a staffId; a new responsible person
 * replaces the old, who stays as a deputy); a volunteer is a staff member or a name and phone.
 */
Result<RecordChange> addMember(Database& database, const Clock& clock, const Actor& actor, long long unitId,
                               const std::string& role, long long staffId, const std::string& name = {},
                               const std::string& phone = {});
//! Takes a member off the unit (kept inactive, for the record).
Result<RecordChange> removeMember(Database& database, const Clock& clock, const Actor& actor, long long memberId);

//! Staff who can serve a unit of community \a communityId: those with a current post in its grids, buildings or the
//! community itself, by name (staffId, name, phone; role empty).
Result<std::vector<UnitMember>> staffChoices(Database& database, long long communityId);
//! The community of unit \a unitId (NotFound naming the unit when there is none).
Result<long long> unitCommunity(Database& database, long long unitId);

//! 负责人/副负责人/志愿者 or Responsible/Deputy/Volunteer.
std::string memberRoleName(const std::string& role, bool english);

}  // namespace grid::emergency
