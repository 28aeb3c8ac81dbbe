// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>
#include <vector>

#include "common/result.h"
#include "options.h"

namespace grid::cli {

//! One --option a command accepts: a flag (--dry-run) or one that takes a value (--out PATH, --out=PATH).
struct OptionSpec {
  const char* name;
  bool takesValue;
};

//! A command's positional arguments and options, after the command's option list has accepted every one.
struct Arguments {
  std::vector<std::string> positional;
  Options options;
  bool help = false;
};

/**
 * Parses argv[first…] against \a accepted. Refuses (before any file is touched) an option the command does not
 * know, naming it and suggesting the nearest known one; a value option without its value; a flag given a value
 * (--dry-run=1); an option given twice; and a single-dash word (-dry-run) that is not a number. \a command is the
 * command as the user typed it ("import", "bench regrid") for the message. --help and -h set Arguments::help.
 */
Result<Arguments> parseArguments(int argc, const char* const* argv, int first, const std::string& command,
                                 const std::vector<OptionSpec>& accepted);

//! The known name closest to \a name by edit distance (transpositions count as one), or empty when none is close.
std::string nearestName(const std::string& name, const std::vector<std::string>& known);

//! Prints "gridctl: MESSAGE" on standard error and returns \a code, the exit status.
int fail(const std::string& message, int code = 2);
//! Prints "gridctl: " and the error's description; returns 130 when the job was cancelled, else 2.
int fail(const Error& error);
//! Prints "gridctl: MESSAGE" and the command's usage on standard error; returns 2.
int usageError(const std::string& message, const char* usage);

}  // namespace grid::cli
