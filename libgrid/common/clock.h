// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>

namespace grid {

//! Source of "now" for audit stamps; tests install a fixed clock.
class Clock {
 public:
  virtual ~Clock() = default;
  //! ISO-8601 UTC timestamp, e.g. 2026-11-23T10:51:09Z.
  virtual std::string nowIso() const = 0;
  //! The date part of nowIso(), YYYY-MM-DD: the day posts, links and registrations start or end.
  std::string today() const { return nowIso().substr(0, 10); }
};

class SystemClock final : public Clock {
 public:
  std::string nowIso() const override;
};

class FixedClock final : public Clock {
 public:
  explicit FixedClock(std::string iso) : m_iso(std::move(iso)) {}
  std::string nowIso() const override { return m_iso; }
  void set(std::string iso) { m_iso = std::move(iso); }

 private:
  std::string m_iso;
};

//! Today's date as YYYY-MM-DD in UTC.
std::string todayIso();

}  // namespace grid
