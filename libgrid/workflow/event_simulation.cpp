// SPDX-License-Identifier: GPL-2.0-or-later
#include "workflow/event_simulation.h"

#include <random>
#include <vector>

#include "storage/database.h"
#include "workflow/calendar.h"
#include "workflow/event_flow.h"

namespace grid::workflow {
namespace {

struct Subject {
  const char* domain;
  const char* type;
  const char* text;  //!< %s: the building
};
constexpr Subject kSubjects[] = {
    {"SAFETY", "SAFETY_08", "%s消防通道被电动车和杂物堵塞"},
    {"SAFETY", "SAFETY_08", "%s楼道内私拉电线给电动车充电"},
    {"SAFETY", "SAFETY_12", "%s外墙瓷砖松动，有坠落危险"},
    {"DISPUTE", "DISPUTE_17", "%s楼上楼下因漏水发生邻里纠纷"},
    {"DISPUTE", "DISPUTE_04", "%s业主与物业因停车收费发生争执"},
    {"DISPUTE", "DISPUTE_07", "%s附近工地拖欠工人工资"},
    {"LIVELIHOOD", "LIVELIHOOD_12", "%s停水两天，居民要求尽快恢复"},
    {"LIVELIHOOD", "LIVELIHOOD_02", "%s独居老人咨询养老保险办理"},
    {"CITY", "CITY_01", "%s门前垃圾堆放未及时清运"},
    {"CITY", "CITY_05", "%s周边占道经营影响通行"},
    {"OTHER", "", "%s居民反映路灯损坏"},
};

struct Place {
  long long gridId = -1, buildingId = -1, communityId = -1;
  std::string name;
};

}  // namespace

Result<long long> simulateEvents(Database& db, const SimulationOptions& options, Progress* progress) {
  std::mt19937 random(options.seed * 7919u + 17u);
  auto below = [&](int n) { return n <= 1 ? 0 : static_cast<int>(random() % static_cast<unsigned>(n)); };
  auto calendar = WorkCalendar::load(db);
  if (!calendar) return calendar.error();
  // Every active grid with one of its buildings per event.
  std::vector<std::vector<Place>> grids;
  {
    auto statement = db.prepare(
        "SELECT g.id, g.community_id, b.id, coalesce(b.name, b.building_code, '') FROM main.grid g "
        "JOIN main.building b ON b.grid_id = g.id AND b.logout = 0 WHERE g.retired_at IS NULL ORDER BY g.id, b.id");
    if (!statement) return statement.error();
    long long current = -1;
    if (auto s = statement->forEachRow([&](const Statement& r) {
          if (r.int64(0) != current) grids.emplace_back(), current = r.int64(0);
          grids.back().push_back({r.int64(0), r.int64(2), r.int64(1), r.text(3)});
        });
        !s)
      return s.error();
  }
  long long events = 0, index = 0;
  FixedClock clock(options.asOf + "T09:00:00Z");
  Transaction transaction(db);  // one commit for the whole history, not one per action
  if (!transaction.begun()) return transaction.begun().error();
  for (std::size_t g = 0; g < grids.size(); ++g) {
    if (progress) {
      if (progress->isCancelled()) return makeError(ErrorCode::Cancelled, "cancelled while writing events");
      progress->report(static_cast<double>(g) / static_cast<double>(grids.size()), "events");
    }
    const auto& buildings = grids[g];
    const Org grid{"grid", buildings.front().gridId}, community{"community", buildings.front().communityId};
    const Actor worker = Actor::system("网格员 " + std::to_string(grid.id));
    const int count = options.minPerGrid + below(options.maxPerGrid - options.minPerGrid + 1);
    std::string previous;  // an open event of this grid, for merges
    for (int e = 0; e < count; ++e, ++index) {
      const Place& place = buildings[static_cast<std::size_t>(below(static_cast<int>(buildings.size())))];
      const int scenario = static_cast<int>(index % 14);
      const Subject& subject = scenario == 12 ? kSubjects[0] : kSubjects[below(static_cast<int>(std::size(kSubjects)))];
      // When it happened: long ago for the ones left open to turn red or yellow, else within the last four months.
      int daysAgo = 5 + below(110);
      if (scenario == 7) daysAgo = 30 + below(20);
      if (scenario == 8) daysAgo = 8;
      if (scenario == 1 || scenario == 2) daysAgo = 1 + below(3);
      std::string day = shiftDate(options.asOf, -daysAgo);
      while (!calendar->isWorkday(day)) day = shiftDate(day, -1);  // a working day, never after the as-of date
      int minute = 9 * 60;
      auto at = [&](int addDays) {
        if (addDays > 0) {
          day = calendar->addWorkdays(day, addDays);
          if (day >= options.asOf) day = shiftDate(options.asOf, -1);
        }
        minute += 7 + below(50);
        char time[32];
        std::snprintf(time, sizeof time, "%sT%02d:%02d:00Z", day.c_str(), std::min(minute / 60, 23), minute % 60);
        clock.set(time);
      };
      at(0);
      ReportInput input;
      input.gridId = grid.id;
      input.buildingId = place.buildingId;
      char text[256];
      std::snprintf(text, sizeof text, subject.text, place.name.c_str());
      input.content = std::string(text) + "。网格员巡查发现并登记。";
      input.domainCode = subject.domain;
      input.typeCode = subject.type;
      input.grade = scenario == 12 ? "critical" : (below(10) == 0 ? "urgent" : "normal");
      static const char* kSources[] = {"visit", "mobile", "hotline", "wechat", "pc", "manual"};
      input.source = kSources[below(6)];
      auto reported = reportEvent(db, nullptr, clock, worker, input);
      if (!reported) return reported.error();
      ++events;
      const std::string serial = reported->serial;
      auto run = [&](Action action, const Org& as, int afterDays, ActionInput extra = {}) -> Status {
        at(afterDays);
        extra.action = action;
        extra.actingAs = as;
        auto done = act(db, clock, worker, serial, extra);
        return done ? Status{} : Status(done.error());
      };
      auto noted = [](const std::string& note) {
        ActionInput input;
        input.note = note;
        return input;
      };
      auto rating = [](const char* value) {
        ActionInput input;
        input.rating = value;
        return input;
      };
      Status s;
      switch (scenario) {
        case 0:  // 就地办结, reported back, rated, verified
          s = run(Action::Handle, grid, 0, noted("网格员现场处置完毕"));
          if (s) s = run(Action::Feedback, grid, 0, noted("已当面告知居民处理结果"));
          if (s) s = run(Action::Evaluate, grid, 1, rating("satisfied"));
          if (s) s = run(Action::Verify, grid, 0);
          break;
        case 1:  // handling in the grid
          break;
        case 2:  // escalated, waiting for the community to accept
          s = run(Action::Escalate, grid, 0, noted("需社区协调处理"));
          break;
        case 3:  // the community handles it
          s = run(Action::Escalate, grid, 0, noted("需社区协调处理"));
          if (s) s = run(Action::Accept, community, 1);
          break;
        case 4:  // resolved by the community, to be reported back
        case 5:  // … reported back, waiting for the rating
        case 6:  // … rated dissatisfied: reopened at the community
          s = run(Action::Escalate, grid, 0, noted("需社区协调处理"));
          if (s) s = run(Action::Accept, community, 1);
          if (s) s = run(Action::Resolve, community, 2, noted("社区联合物业处理完毕"));
          if (s && scenario >= 5) s = run(Action::Feedback, community, 0, noted("电话告知居民处理结果"));
          if (s && scenario == 6) s = run(Action::Evaluate, grid, 1, rating("dissatisfied"));
          break;
        case 7:  // left handling in the grid for weeks: red card
        case 8:  // a week and a half: yellow card
          break;
        case 9: {  // an extension asked for and granted
          ActionInput ask = noted("需等待产权单位维修");
          ask.days = 5;
          s = run(Action::Extend, grid, 2, ask);
          ActionInput grant;
          grant.approve = true;
          if (s) s = run(Action::Extend, community, 1, grant);
          break;
        }
        case 10: {  // the community assigns it back down with a deadline, the grid resolves, the loop closes
          s = run(Action::Escalate, grid, 0);
          if (s) s = run(Action::Accept, community, 0);
          ActionInput assign = noted("请网格员牵头处理");
          assign.to = grid;
          assign.days = 3;
          if (s) s = run(Action::Assign, community, 0, assign);
          if (s) s = run(Action::Accept, grid, 1);
          if (s) s = run(Action::Resolve, grid, 2, noted("已处理"));
          if (s) s = run(Action::Feedback, grid, 0, noted("上门告知"));
          if (s) s = run(Action::Evaluate, grid, 1, rating(below(5) ? "satisfied" : "basically_satisfied"));
          if (s) s = run(Action::Verify, grid, 0);
          break;
        }
        case 11:  // a duplicate: merged into an open event of the grid, or closed
          if (!previous.empty()) {
            ActionInput merge;
            merge.mergeInto = previous;
            s = run(Action::Merge, grid, 0, merge);
          } else {
            s = run(Action::Close, grid, 0, noted("重复上报"));
          }
          break;
        case 12: {  // critical safety: straight to the street
          ActionInput up = noted("重大安全隐患，越级上报");
          up.to = Org{"street", -1};
          auto street = db.queryInt("SELECT street_id FROM main.community WHERE id = " + std::to_string(community.id));
          if (!street) return street.error();
          up.to.id = *street;
          s = run(Action::Escalate, grid, 0, up);
          if (s) s = run(Action::Accept, up.to, 0);
          break;
        }
        default:  // 13: resolved in the grid, verified without a rating
          s = run(Action::Resolve, grid, 3, noted("已协调解决"));
          if (s) s = run(Action::Feedback, grid, 0, noted("已告知"));
          if (s) s = run(Action::Verify, grid, 1);
      }
      if (!s) return makeError(s.error().code, "demo event " + serial + ": " + s.error().message);
      if (scenario == 1 || scenario == 3 || scenario == 8) previous = serial;
    }
  }
  if (auto s = transaction.commit(); !s) return s.error();
  if (progress) progress->report(1.0, "events");
  return events;
}

}  // namespace grid::workflow
