// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/result.h"
#include "options.h"

namespace grid::cli {

/**
 * A password for gridctl: from the environment variable \a variable when set (scripts, tests), otherwise asked on
 * the terminal without echo (twice when \a confirm). No terminal and no variable is an error that says so.
 */
Result<std::string> readPassword(const char* variable, const std::string& prompt, bool confirm = false);

/**
 * Signs in --user on the database at \a path before a command runs, and makes that session the process's, so every
 * connection the command opens is held to the user's scope (access::installConnectionGuard). A database without
 * accounts needs no --user (and refuses one). Returns an exit code (2, with the reason on stderr) when the command
 * must not run, std::nullopt when it may. \a allowMustChange lets `users passwd` run before the first change.
 */
std::optional<int> signInForCommand(const std::string& path, const Options& options, bool allowMustChange = false);

//! `gridctl users …`: accounts, grants, passwords, unlock, recovery and the permission table.
int runUsers(const std::vector<std::string>& positional, const Options& options, bool help);

extern const char* const kUsersUsage;

//! `gridctl bench signin`: time of one password check at our cost and at libsodium's named presets.
int runSignInBenchmark(const Options& options);

}  // namespace grid::cli
