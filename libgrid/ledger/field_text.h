// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>
#include <string_view>

#include "common/result.h"

namespace grid {

//! How much text a field may hold, in characters (Unicode code points) after cleaning.
enum class TextField {
  Name,     //!< names of persons, places, buildings, organisations: 100
  Short,    //!< codes typed by people, phone-like and short labels (room, unit, account number): 50
  Address,  //!< addresses and locations: 200
  Note,     //!< free text (hidden danger, rectification, current state, notes): 2000
};

std::size_t maximumLength(TextField field);

/**
 * The text as it is stored: invalid UTF-8 refused; C0/C1 control characters, Unicode bidirectional overrides and
 * isolates (U+202A–202E, U+2066–2069, U+200E/F, U+061C) and zero-width characters (U+200B–200D, U+2060, U+FEFF)
 * removed; line breaks and tabs become spaces except in notes (which keep line breaks); blanks trimmed. Refused when
 * longer than the field's maximum afterwards, with a message that gives the length and the maximum.
 */
Result<std::string> cleanFieldText(std::string_view text, TextField field);

/**
 * What is wrong with \a text as a value of \a field, without changing it: empty when it is valid UTF-8 within the
 * field's maximum and holds no control, bidirectional or zero-width character; otherwise a message such as
 * "holds an invisible character U+202E; retype the value". Allocates nothing for good text (bulk imports).
 */
std::string fieldTextProblem(std::string_view text, TextField field);

//! \a text as quoted in a message: at most 40 characters (then "…") and control characters as spaces, so a hostile
//! megabyte or a terminal escape never reaches a report.
std::string shownInMessage(std::string_view text);

//! The text as a spreadsheet cell: a cell that starts with = + - @ TAB or CR and is not a plain number is prefixed
//! with an apostrophe, so Excel and WPS show it as text instead of evaluating it (CSV formula injection).
std::string spreadsheetSafe(std::string_view text);

//! Undoes spreadsheetSafe on import: an apostrophe before = + - @ TAB or CR is dropped.
std::string_view withoutSpreadsheetGuard(std::string_view text);

}  // namespace grid
