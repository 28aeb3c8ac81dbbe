// SPDX-License-Identifier: GPL-2.0-or-later
// Internal to the event workflow: step states, log operations, the rows the actions read and the organisation
// ladder (event_support.cpp). Shared by the actions (event_flow.cpp) and the views (event_queries.cpp).
#pragma once

#include <optional>
#include <string>

#include "storage/database.h"
#include "workflow/event_flow.h"

namespace grid::workflow::detail {

// Step states (DOMAIN.md §6.1) and event statuses.
constexpr int kUnaccepted = 110, kHandling = 120, kHandedOn = 500, kAwaitingVerify = 800, kReturned = 900,
              kVerifiedStep = 1000, kFiled = 1100;
constexpr int kDealing = 1, kComplete = 150, kClosed = 250, kVerified = 300;
// Log operations: S16's codes where it has one, our own below 10.
constexpr int kOpReport = 10, kOpClassify = 2, kOpExtendRequest = 3, kOpExtendApprove = 4, kOpExtendReject = 5,
              kOpEvaluate = 6, kOpReopen = 7, kOpMerge = 8, kOpAssign = 21, kOpVerify = 30, kOpResolve = 31,
              kOpHandle = 32, kOpEscalate = 41, kOpFeedback = 42, kOpAccept = 61, kOpClose = 111, kOpReturn = 200;

struct Limits {
  int yellowAccept = 1, yellowHandle = 5, yellowVerify = 1, redAccept = 2, redHandle = 10, redVerify = 2;
};

struct EventRow {
  long long id = -1;
  std::string serial, domain, type, grade, feedback;
  int status = kDealing;
  long long gridId = -1, mergedInto = -1;
  Org first, current;
};

struct StepRow {
  long long id = -1;
  Org source, target;
  int state = 0;
  std::string yellow, red;
  int delayState = 0;
};

int levelRank(const std::string& level);
Error refuse(const std::string& message);
Result<EventRow> loadRow(Database& db, const std::string& serial);
Result<std::optional<StepRow>> leadStep(Database& db, long long eventId);
Result<long long> queryId(Database& db, const std::string& sql, long long parameter);
Result<Org> parentOf(Database& db, const Org& org);
Result<bool> isBelow(Database& db, const Org& child, const Org& parent);
Result<Org> ancestorAt(Database& db, Org org, const std::string& level);
Result<Limits> limitsFor(Database& db, const std::string& domain, const std::string& type);
Result<Org> actingOrg(Database& db, const Org& named, const Org& responsible);
Status mustBe(Database& db, const Org& acting, const Org& responsible, const std::string& what);
Result<Org> resolverOf(Database& db, long long eventId);
Result<bool> hasLog(Database& db, long long eventId, int operation, long long sinceLogId);
Result<long long> lastResolvedAt(Database& db, long long eventId);
int supervisionAt(const std::string& today, int state, const std::string& yellow, const std::string& red);

}  // namespace grid::workflow::detail
