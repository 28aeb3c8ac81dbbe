// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>

namespace grid {

//! Who performs an operation. Every write names its actor; the audit log records it.
struct Actor {
  std::string name;       //!< login name or "gridctl" for command-line batch jobs
  long long userId = -1;  //!< app_user.id, -1 for system actors
  std::string role;       //!< user_role code under which the actor acts (empty: system)

  static Actor system(std::string name) { return Actor{std::move(name), -1, {}}; }
};

}  // namespace grid
