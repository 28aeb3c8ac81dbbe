// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace grid {

//! Broad class of an expected failure; callers branch on it, users read the message.
enum class ErrorCode {
  InvalidInput,      //!< a value the user typed or a file holds is malformed
  NotFound,          //!< a referenced record or file does not exist
  Conflict,          //!< a uniqueness or state rule would be broken
  PermissionDenied,  //!< the actor may not do this
  Io,                //!< the file system or a library failed
  Database,          //!< SQLite/SpatiaLite reported an error
  Cancelled,         //!< the user cancelled a long job
  Unsupported,       //!< the file or database is of a kind or version we cannot handle
};

//! Where an error was found: a file, a row/column of a sheet, a table/record of the database, a field.
struct ErrorContext {
  std::string file{};
  long long row = -1;  //!< 1-based, -1 when not applicable
  std::string column{};
  std::string table{};
  long long recordId = -1;
  std::string field{};
};

//! An expected failure with a message for the user that says what to do.
struct Error {
  ErrorCode code = ErrorCode::InvalidInput;
  std::string message;
  ErrorContext context;

  //! "file:row column: message" style text, for command-line output and logs.
  std::string describe() const;
};

Error makeError(ErrorCode code, std::string message, ErrorContext context = {});

//! A value or an Error. Small on purpose: `if (!r) return r.error();` and `*r`.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
  Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

  bool ok() const { return m_data.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<0>(m_data); }
  const T& value() const& { return std::get<0>(m_data); }
  T&& value() && { return std::get<0>(std::move(m_data)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const Error& error() const { return std::get<1>(m_data); }

 private:
  std::variant<T, Error> m_data;
};

//! Result of an operation that yields no value.
template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : m_error(std::move(error)) {}

  bool ok() const { return !m_error.has_value(); }
  explicit operator bool() const { return ok(); }
  const Error& error() const { return *m_error; }

 private:
  std::optional<Error> m_error;
};

using Status = Result<void>;

}  // namespace grid
