// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>

namespace grid {

//! Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm; no time zone, no clock).
long long daysFromCivil(int year, int month, int day);
//! The date \a days after 1970-01-01.
void civilFromDays(long long days, int& year, int& month, int& day);

bool leapYear(int year);
int daysInMonth(int year, int month);

//! Reads YYYY-MM-DD at the start of \a text (a time after it is ignored); false unless it is a real date.
bool readIsoDate(const std::string& text, int& year, int& month, int& day);
//! YYYY-MM-DD of \a days since 1970-01-01.
std::string isoDate(long long days);
//! YYYY-MM-DDTHH:MM:00Z of \a days since 1970-01-01 and \a minuteOfDay.
std::string isoDateTime(long long days, int minuteOfDay);

}  // namespace grid
