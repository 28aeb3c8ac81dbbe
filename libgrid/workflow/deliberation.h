// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>
#include <vector>

#include "common/actor.h"
#include "common/clock.h"
#include "common/result.h"
#include "storage/record_change.h"
#include "workflow/event_flow.h"

namespace grid {
class Database;
}

/**
 * 四事五议 deliberations (DOMAIN.md §6.7): a matter raised at estate (小区), community (社区), block (街区, a street's
 * matter) or city-district (城区) level goes through five steps in order:
 *
 *   建议 suggest ──► 提议 propose ──► 商议 discuss ──► 审议 review ──► 决议 decide ──► published (公示)
 *
 * Each step is one row of deliberation_step with the day it was held, its participants, minutes and (决议) the
 * quorum record and votes. A step cannot be skipped, taken twice or taken back, except by the documented return:
 * `returnDeliberation` sends an open item back one step with a reason, kept as a step row of its own. An open item
 * may be withdrawn (撤回) with a reason; a decided one is final and may be published (a public token for the notice's
 * QR code). Rules per step:
 *   - 提议: the party organisation proposes (a participant of kind party_org);
 *   - 商议: participants of at least two kinds (residents' representatives with the party organisation, property
 *     company, departments …) and minutes;
 *   - 审议: minutes (the review of legality and feasibility);
 *   - 决议: a quorum — more than half of the eligible members present — and more than half of those present for;
 *     the decision's text.
 * Days never go back: a step is held on or after the previous one and not after today.
 *
 * Who: opening needs deliberation write at the item's place, above it or below it (a grid worker raises a
 * community matter); every later step needs a grant at the item's place or above (community → street → district).
 * Every action is one transaction of audited writes and returns its RecordChange (the workstation's undo).
 */
namespace grid::workflow {

//! Step names in order: suggest, propose, discuss, review, decide.
const std::vector<std::string>& deliberationSteps();
//! 建议/提议/商议/审议/决议 or Suggest … of a step name; 小区/社区/街区/城区 or Estate … of a level.
std::string deliberationStepName(const std::string& step, bool english);
std::string deliberationLevelName(const std::string& level, bool english);

struct Participant {
  std::string kind;  //!< code table deliberation_party: resident_rep, party_org, committee, owners, property, …
  std::string name;
};
//! "kind|name" lines ↔ participants; an unknown kind or an empty name is refused naming the line.
Result<std::vector<Participant>> parseParticipants(Database& database, const std::string& text);

//! The kinds of participant (code table deliberation_party) as (code, name), in their order.
Result<std::vector<std::pair<std::string, std::string>>> deliberationParties(Database& database, bool english);
//! The places a matter of \a level can be raised at, as (id, name): estates (named with their community),
//! communities, streets (block) or districts.
Result<std::vector<std::pair<long long, std::string>>> deliberationPlaces(Database& database, const std::string& level);

struct DeliberationInput {
  std::string level;  //!< estate, community, block (a street), district
  long long levelId = -1;
  std::string topic, content, initiator;
  std::string heldOn;  //!< the day it was raised; empty: today
  std::vector<Participant> participants;
};

struct StepInput {
  std::string heldOn;  //!< empty: today
  std::vector<Participant> participants;
  std::string minutes;
  int present = -1, eligible = -1, votesFor = -1, votesAgainst = 0, votesAbstain = 0;  //!< 决议
  std::string decision;                                                                //!< 决议
};

struct DeliberationResult {
  std::string serial;
  std::string step, status;
  RecordChange change;
};

//! Opens an item at 建议. Its serial number is YSyyyymmdd-NNNN.
Result<DeliberationResult> openDeliberation(Database& database, const Clock& clock, const Actor& actor,
                                            const DeliberationInput& input);
//! Takes the next step (the rules above); refused with the rule that forbids it, nothing written.
Result<DeliberationResult> advanceDeliberation(Database& database, const Clock& clock, const Actor& actor,
                                               const std::string& serial, const StepInput& input);
//! The documented return: an open item back one step (not before 建议), with the reason.
Result<DeliberationResult> returnDeliberation(Database& database, const Clock& clock, const Actor& actor,
                                              const std::string& serial, const std::string& reason);
//! Withdraws an open item (撤回), with the reason.
Result<DeliberationResult> withdrawDeliberation(Database& database, const Clock& clock, const Actor& actor,
                                                const std::string& serial, const std::string& reason);
//! Links an item to a key matter or an event (by id / serial number); a link already there is refused.
Result<DeliberationResult> linkDeliberation(Database& database, const Clock& clock, const Actor& actor,
                                            const std::string& serial, const std::string& objectType,
                                            const std::string& object);
//! Publishes a decided item: gives it a public token (kept when published again) for the notice's QR code.
Result<DeliberationResult> publishDeliberation(Database& database, const Clock& clock, const Actor& actor,
                                               const std::string& serial);

struct DeliberationStepView {
  long long id = -1;
  std::string step, action, heldOn, minutes, reason, actedBy, createdAt;
  std::vector<Participant> participants;
  int present = -1, eligible = -1, votesFor = -1, votesAgainst = -1, votesAbstain = -1;
};
struct DeliberationLink {
  std::string objectType, label;  //!< label: the key matter's subject or the event's serial and subject
  long long objectId = -1;
};
struct DeliberationView {
  long long id = -1;
  std::string serial, level, placeName, topic, content, initiator, step, status, decision, quorum, createdAt, decidedAt,
      publishedAt, publicToken, publicUrl;
  long long levelId = -1, communityId = -1, streetId = -1;
  std::vector<DeliberationStepView> steps;  //!< in the order taken
  std::vector<DeliberationLink> links;
  std::vector<std::string> allowed;  //!< actions possible now: advance, return, withdraw, publish, link
};
Result<DeliberationView> loadDeliberation(Database& database, const std::string& serial);

struct DeliberationFilter {
  std::string level, step, status;
  Org place;  //!< community, street or district: items owned there or below; empty: all
  std::string search;
};
struct DeliberationSummary {
  std::string serial, level, placeName, topic, step, status, lastDay, publishedAt;
};
Result<std::vector<DeliberationSummary>> listDeliberations(Database& database, const DeliberationFilter& filter);

}  // namespace grid::workflow
