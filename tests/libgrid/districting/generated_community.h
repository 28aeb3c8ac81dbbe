// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "checks/validator.h"
#include "support/test_support.h"

namespace grid::districting::test_support {

inline const Actor kSecretary = Actor::system("community-secretary");

//! A generated district of about 3,000 households (one community of twelve grids, spread like real ones) with a
//! fixed clock; the database tests of regridding and of the redraw session start from it.
class GeneratedCommunityTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto generated = test::createGeneratedDatabase(dir, clock, kSecretary, 3000);
    ASSERT_TRUE(generated.db && generated.key);
    db = std::move(generated.db);
    key = std::move(generated.key);
    community = *db->queryText("SELECT admin_code FROM community ORDER BY id LIMIT 1");
  }
  //! Every validation rule the database breaks, one per line; empty when it passes.
  std::string violations() {
    auto report = validateDatabase(*db, key.get());
    if (!report.ok()) return report.error().describe();
    std::string out;
    for (const auto& v : report->violations) out += v.rule + ": " + v.message + "\n";
    return out;
  }

  test::TempDir dir;
  FixedClock clock{"2026-11-23T10:00:00Z"};
  std::unique_ptr<Database> db;
  std::unique_ptr<FieldCipher> key;
  std::string community;
};

}  // namespace grid::districting::test_support
