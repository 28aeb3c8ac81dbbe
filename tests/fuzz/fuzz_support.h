// SPDX-License-Identifier: GPL-2.0-or-later
// Shared by the fuzz targets: a generated district to import into, and the input written to a file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "common/actor.h"
#include "common/clock.h"
#include "security/crypto.h"
#include "storage/database.h"

namespace grid::fuzz {

//! One generated district (3,000 households, seed 3) per process, in a temporary folder removed at exit.
struct District {
  std::unique_ptr<Database> db;
  std::unique_ptr<FieldCipher> key;
  FixedClock clock{"2026-11-23T10:00:00Z"};
  Actor actor = Actor::system("fuzz");
  std::string folder;
  std::string ledgerGrid;  //!< a grid code of the district, for bounded list imports
};
District& district();
//! The small fixed sample district (one community, four grids, ~1,200 households): quicker to set up and to import
//! into, for targets that need buildings but not the three lists.
District& sampleDistrict();

//! Writes \a data to a file named \a name in the process's temporary folder and returns its path.
std::string writeInput(const std::string& name, const std::uint8_t* data, std::size_t size);

}  // namespace grid::fuzz
