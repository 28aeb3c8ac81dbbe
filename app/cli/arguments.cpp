// SPDX-License-Identifier: GPL-2.0-or-later
#include "arguments.h"

#include <algorithm>
#include <cctype>
#include <iostream>

namespace grid::cli {

namespace {

//! Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions cost 1.
std::size_t editDistance(const std::string& a, const std::string& b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.size()][b.size()];
}

bool isNumber(const std::string& text) {
  if (text.size() < 2 || text[0] != '-') return false;
  bool digit = false;
  for (std::size_t i = 1; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (std::isdigit(c))
      digit = true;
    else if (c != '.' && c != 'e' && c != 'E' && c != '+' && c != '-')
      return false;
  }
  return digit;
}

std::string knownList(const std::vector<OptionSpec>& accepted) {
  if (accepted.empty()) return "it takes no options besides --help";
  std::string list = "it takes ";
  for (std::size_t i = 0; i < accepted.size(); ++i) {
    if (i > 0) list += i + 1 == accepted.size() ? " and " : ", ";
    list += std::string("--") + accepted[i].name;
  }
  return list;
}

Error unknownOption(const std::string& typed, const std::string& name, const std::string& command,
                    const std::vector<OptionSpec>& accepted) {
  std::vector<std::string> known;
  for (const OptionSpec& spec : accepted) known.emplace_back(spec.name);
  known.emplace_back("help");
  std::string message = "gridctl " + command + " has no option " + typed + "; ";
  const std::string nearest = nearestName(name, known);
  if (!nearest.empty())
    message += "did you mean --" + nearest + "? Nothing was done.";
  else
    message += knownList(accepted) + ". Nothing was done.";
  return makeError(ErrorCode::InvalidInput, message);
}

}  // namespace

std::string nearestName(const std::string& name, const std::vector<std::string>& known) {
  std::string lowered = name;
  std::transform(lowered.begin(), lowered.end(), lowered.begin(),
                 [](unsigned char c) { return c == '_' ? '-' : static_cast<char>(std::tolower(c)); });
  std::string best;
  std::size_t bestDistance = std::string::npos;
  for (const std::string& candidate : known) {
    const std::size_t distance = editDistance(lowered, candidate);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate;
    }
  }
  // Close means a typo, not another word: up to a third of the longer name, at least 1 and at most 3 edits.
  const std::size_t allowed = std::clamp<std::size_t>(std::max(lowered.size(), best.size()) / 3, 1, 3);
  return bestDistance <= allowed ? best : std::string();
}

Result<Arguments> parseArguments(int argc, const char* const* argv, int first, const std::string& command,
                                 const std::vector<OptionSpec>& accepted) {
  Arguments args;
  auto find = [&](const std::string& name) -> const OptionSpec* {
    for (const OptionSpec& spec : accepted)
      if (name == spec.name) return &spec;
    return nullptr;
  };
  for (int i = first; i < argc; ++i) {
    const std::string word = argv[i];
    if (word == "--help" || word == "-h") {
      args.help = true;
      continue;
    }
    if (word.rfind("--", 0) != 0) {
      if (word.size() > 1 && word[0] == '-' && !isNumber(word))
        return unknownOption(word, word.substr(1), command, accepted);
      args.positional.push_back(word);
      continue;
    }
    const std::size_t equals = word.find('=');
    const std::string name = word.substr(2, equals == std::string::npos ? std::string::npos : equals - 2);
    const OptionSpec* spec = find(name);
    if (!spec) return unknownOption("--" + name, name, command, accepted);
    if (args.options.count(name))
      return makeError(ErrorCode::InvalidInput, "--" + name + " is given twice; give it once (for several values: --" +
                                                    name + " A,B where the option takes a list). Nothing was done.");
    if (!spec->takesValue) {
      if (equals != std::string::npos)
        return makeError(ErrorCode::InvalidInput,
                         "--" + name + " takes no value; write it alone, as --" + name + ". Nothing was done.");
      args.options[name] = "1";
      continue;
    }
    if (equals != std::string::npos) {
      args.options[name] = word.substr(equals + 1);
    } else if (i + 1 < argc && std::string(argv[i + 1]).rfind("--", 0) != 0) {
      args.options[name] = argv[++i];
    } else {
      return makeError(ErrorCode::InvalidInput, "--" + name + " needs a value, e.g. --" + name +
                                                    " VALUE (see gridctl " + command + " --help). Nothing was done.");
    }
    if (args.options[name].empty())
      return makeError(
          ErrorCode::InvalidInput,
          "--" + name + " is given an empty value; give a value or leave the option out. Nothing was done.");
  }
  return args;
}

int fail(const std::string& message, int code) {
  std::cerr << "gridctl: " << message << "\n";
  return code;
}

int fail(const Error& error) {
  std::cerr << "gridctl: " << error.describe() << "\n";
  return error.code == ErrorCode::Cancelled ? 130 : 2;
}

int usageError(const std::string& message, const char* usage) {
  std::cerr << "gridctl: " << message << "\n" << usage;
  return 2;
}

}  // namespace grid::cli
