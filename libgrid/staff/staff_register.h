// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "common/actor.h"
#include "common/clock.h"
#include "common/result.h"
#include "storage/record_change.h"

namespace grid {
class Database;
}

namespace grid::staff {

//! One current post of a staff member.
struct Post {
  long long assignmentId = -1;
  std::string roleCode;  //!< staff_role code: GRID_WORKER, BUILDING_LEADER, …
  std::string level;     //!< community, area, grid, building, estate
  long long targetId = -1;
  std::string targetName;    //!< the grid, building, … it is held on
  std::string positionType;  //!< full_time / part_time for grid workers, else empty
  std::string startDate;
};

//! A staff member in the register, with their current posts and the households they serve.
struct StaffMember {
  long long id = -1;
  std::string name;
  std::string workPhone;  //!< work phones are public (notice boards)
  std::vector<Post> posts;
  double householdsServed = 0;  //!< full-time grid work: each grid's households shared among its full-time workers
};

/**
 * The staff of community \a communityCode on \a today (YYYY-MM-DD): everyone with a current post in it (the
 * community, its areas, grids, buildings and estates) and everyone active without any current post (the pool to
 * assign from), by name.
 */
Result<std::vector<StaffMember>> loadStaffRegister(Database& database, const std::string& communityCode,
                                                   const std::string& today);

//! The role a drop on a \a level target means when the user has not chosen one (grid → full-time grid worker, …).
std::string defaultRoleForLevel(const std::string& level);
//! The level a role is held at (GRID_WORKER → grid, PROPERTY_LEADER → estate, …); empty for an unknown role.
std::string levelForRole(const std::string& roleCode);

struct AssignmentRequest {
  long long staffId = -1;
  std::string roleCode;
  std::string level;
  long long targetId = -1;
  std::string positionType = "full_time";  //!< grid workers only
  //! Grid workers normally move: their other current grid-worker posts end. true keeps them (a second grid).
  bool keepOtherPosts = false;
};

//! What one assignment wrote, for undo: the new post and the posts it ended (with their end dates before).
struct AssignmentChange {
  long long created = -1;
  std::vector<std::pair<long long, std::string>> ended;  //!< assignment id, previous end_date ("" = none)
};

/**
 * Gives staff member \a request.staffId the post \a request.roleCode on \a request.level / targetId from today,
 * one audited transaction. The one-holder posts (community, area, grid, building and property chiefs) end the
 * previous holder's post yesterday, so history keeps both; a grid worker moving grids ends their other grid-worker
 * posts unless keepOtherPosts. Refused with a message saying what to do: an unknown or inactive staff member, a
 * role held at another level, an unknown or retired target, a post the member already holds.
 */
Result<AssignmentChange> assignStaff(Database& database, const Clock& clock, const Actor& actor,
                                     const AssignmentRequest& request);

//! Ends post \a assignmentId yesterday (the member no longer holds it today); undoable like an assignment.
Result<AssignmentChange> endPost(Database& database, const Clock& clock, const Actor& actor, long long assignmentId);

//! Undoes \a change: the created post is removed and the ended posts get their end dates back; audited.
Status revertAssignment(Database& database, const Clock& clock, const Actor& actor, const AssignmentChange& change);

struct NewStaffMember {
  std::string name;
  std::string gender;     //!< "M", "F" or empty
  std::string workPhone;  //!< optional; a mobile, landline or service number
  std::string remark;
};

/**
 * Adds a member of staff to the register (active from today, no post yet: they join the pool to assign from);
 * one audited transaction. Refused with a message naming the field: an empty name, a gender other than M/F, a
 * work phone that is not a phone number.
 */
Result<RecordChange> addStaffMember(Database& database, const Clock& clock, const Actor& actor,
                                    const NewStaffMember& member);

/**
 * A member of staff leaves (离职): their current posts end yesterday and they are marked inactive, so they leave
 * the register and the pool; history keeps every post. Undo with revertRecordChange.
 */
Result<RecordChange> deactivateStaff(Database& database, const Clock& clock, const Actor& actor, long long staffId);

}  // namespace grid::staff
