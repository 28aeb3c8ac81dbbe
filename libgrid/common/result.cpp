// SPDX-License-Identifier: GPL-2.0-or-later
#include "common/result.h"

namespace grid {

std::string Error::describe() const {
  std::string where;
  if (!context.file.empty()) where += context.file;
  if (context.row >= 0) where += (where.empty() ? "row " : ":") + std::to_string(context.row);
  if (!context.column.empty()) where += (where.empty() ? "column " : " column ") + context.column;
  if (!context.table.empty()) {
    if (!where.empty()) where += " ";
    where += context.table;
    if (context.recordId >= 0) where += "#" + std::to_string(context.recordId);
  }
  if (!context.field.empty()) where += (where.empty() ? "" : ".") + context.field;
  return where.empty() ? message : where + ": " + message;
}

Error makeError(ErrorCode code, std::string message, ErrorContext context) {
  return Error{code, std::move(message), std::move(context)};
}

}  // namespace grid
