// SPDX-License-Identifier: GPL-2.0-or-later
// Text to typed values, field by field: codes, dates, numbers, ID numbers, phones, coordinates.
#include "registry/record_saver.h"

namespace grid::registry::detail {

void Saver::convert(const std::string& key, const std::string& text) {
  const ListColumn* column = m_spec.column(key);
  if (!column) {
    m_extra[key] = text;  // kind-specific keys (a new household's dwelling, a key person's ID number)
    return;
  }
  if (key == "id") {
    if (m_id < 0 && !text.empty()) {
      auto value = parseInteger(text);
      if (!value || *value <= 0)
        issue(key, "\"" + shownInMessage(text) + "\" is not a record number; leave it empty for a new record");
      else
        m_explicitId = *value;
    }
    return;
  }
  if (column->column.empty()) {
    m_extra[key] = text;
    return;
  }
  if (text.empty()) {
    if (column->required)
      missing(*column);
    else if (column->kind == ColumnKind::Phone)
      set(column->column + "_cipher", null()), set(column->column + "_masked", null());
    else if (column->kind == ColumnKind::IdNumber)
      set(column->column + "_cipher", null()), set(column->column + "_masked", null()),
          set(column->column + "_hmac", null());
    else if (column->kind == ColumnKind::X || column->kind == ColumnKind::Y)
      m_point[column->kind == ColumnKind::X ? 0 : 1] = "";
    else
      set(column->column, null());
    return;
  }
  switch (column->kind) {
    case ColumnKind::Text: {
      auto cleaned = cleanFieldText(text, textField(key));
      if (!cleaned)
        issue(key, cleaned.error().message);
      else if (cleaned->empty() && column->required)
        missing(*column);
      else
        set(column->column, cleaned->empty() ? null() : Value(*cleaned));
      break;
    }
    case ColumnKind::Integer: {
      auto value = parseInteger(text);
      if (!value || *value < 0)
        issue(key, "\"" + shownInMessage(text) + "\" is not a whole number");
      else if (key == "fire_level" && (*value < 1 || *value > 4))
        issue(key, "\"" + shownInMessage(text) + "\" is not a fire level; use 1 to 4");
      else if (*value > kMaximumCount && key != "person_id" && key != "household_id" && key != "helper_id" &&
               key != "building_id" && key != "event_id")
        issue(key, text + " is not a plausible count; at most " + std::to_string(kMaximumCount));
      else
        set(column->column, *value);
      break;
    }
    case ColumnKind::Real:
    case ColumnKind::X:
    case ColumnKind::Y: {
      char* end = nullptr;
      const double value = std::strtod(text.c_str(), &end);
      if (*end != '\0' || !std::isfinite(value))
        issue(key, "\"" + shownInMessage(text) + "\" is not a number");
      else if (column->kind == ColumnKind::X && (value < kMinimumEasting || value > kMaximumEasting))
        issue(key, text + " is outside the database's zone (easting " + std::to_string(kMinimumEasting) + "–" +
                       std::to_string(kMaximumEasting) + " m); enter metres in the database CRS, not degrees");
      else if (column->kind == ColumnKind::Y && (value < kMinimumNorthing || value > kMaximumNorthing))
        issue(key, text + " is outside China's northings (" + std::to_string(kMinimumNorthing) + "–" +
                       std::to_string(kMaximumNorthing) + " m); enter metres in the database CRS, not degrees");
      else if (column->kind == ColumnKind::Real)
        set(column->column, value);
      else
        m_point[column->kind == ColumnKind::X ? 0 : 1] = text;
      break;
    }
    case ColumnKind::Date: {
      const std::string date = parseDate(text);
      if (date.empty())
        issue(key, "\"" + shownInMessage(text) + "\" is not a date; write it as 2026-03-17");
      else
        set(column->column, date);
      break;
    }
    case ColumnKind::Code:
      if (auto code = c.codes.code(column->domain, text))
        set(column->column, *code);
      else
        issue(key, "\"" + shownInMessage(text) + "\" is not in the code table (e.g. " +
                       examples(c.codes.values(column->domain)) + ")");
      break;
    case ColumnKind::CodeList: {
      std::string codes;
      std::string normalized = text;
      for (const char* separator : {"、", "，", ";", "；"})
        for (std::size_t at; (at = normalized.find(separator)) != std::string::npos;)
          normalized.replace(at, std::string_view(separator).size(), ",");
      for (const std::string& part : splitText(normalized, ",")) {
        const std::string item = trimmed(part);
        if (item.empty()) continue;
        if (auto code = c.codes.code(column->domain, item))
          codes += (codes.empty() ? "" : ",") + *code;
        else
          issue(key,
                "\"" + item + "\" is not in the code table (e.g. " + examples(c.codes.values(column->domain)) + ")");
      }
      set(column->column, codes.empty() ? null() : Value(codes));
      break;
    }
    case ColumnKind::Choice: {
      bool found = false;
      for (const ChoiceValue& v : choiceValues(*column))
        if (v.value == text || v.zh == text || v.en == text) {
          found = true;
          if (v.value == "0" || v.value == "1")
            set(column->column, static_cast<long long>(v.value == "1"));
          else
            set(column->column, v.value);
        }
      if (!found) issue(key, "\"" + shownInMessage(text) + "\" is not one of " + examples(choiceValues(*column)));
      break;
    }
    case ColumnKind::Phone: {
      if (masked(text)) {
        if (m_id < 0) issue(key, "is masked (" + text + "); enter the full number or leave it empty");
        break;  // unchanged
      }
      auto phone = validatePhone(text);
      if (!phone) {
        issue(key, phone.error().message);
        break;
      }
      set(column->column + "_cipher", c.cipher.encrypt(phone->normalized));
      set(column->column + "_masked", maskPhone(phone->normalized));
      break;
    }
    case ColumnKind::IdNumber: {
      if (masked(text)) {
        if (m_id < 0) issue(key, "is masked (" + text + "); enter the full ID number or leave it empty");
        break;
      }
      auto info = validateIdNumber(text, c.clock.today());
      if (!info) {
        issue(key, info.error().message);
        break;
      }
      m_idInfo = *info;
      set(column->column + "_cipher", c.cipher.encrypt(info->normalized));
      set(column->column + "_hmac", c.cipher.lookupHash(info->normalized));
      set(column->column + "_masked", maskIdNumber(info->normalized));
      break;
    }
    case ColumnKind::GridCode: {
      auto grid = queryId(c.database, "SELECT id FROM grid WHERE grid_code = ? AND retired_at IS NULL", text);
      if (grid && grid->has_value())
        set(column->column, **grid);
      else
        issue(key, "no grid has the code \"" + text + "\"; use the 15-digit grid code");
      break;
    }
  }
}

}  // namespace grid::registry::detail
