// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/sql_dialect.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

namespace grid::sql {

namespace {

enum class Kind { Space, Comment, String, QuotedName, Word, Number, Parameter, Punct };

struct Token {
  Kind kind;
  std::string_view source;
  std::string lower;  //!< words: lower-case source; others empty
  std::string before;
  std::string text;  //!< replacement (defaults to the source)
  std::string after;
  bool replaced = false;
};

bool isWordStart(unsigned char c) {
  return std::isalpha(c) || c == '_' || c >= 0x80;
}
bool isWordChar(unsigned char c) {
  return std::isalnum(c) || c == '_' || c >= 0x80;
}

std::vector<Token> tokenize(std::string_view sql) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  const std::size_t n = sql.size();
  auto push = [&](Kind kind, std::size_t begin, std::size_t end) {
    Token token{kind, sql.substr(begin, end - begin), {}, {}, {}, {}};
    if (kind == Kind::Word) {
      token.lower.resize(token.source.size());
      std::transform(token.source.begin(), token.source.end(), token.lower.begin(),
                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    }
    tokens.push_back(std::move(token));
  };
  while (i < n) {
    const unsigned char c = static_cast<unsigned char>(sql[i]);
    const std::size_t begin = i;
    if (std::isspace(c)) {
      while (i < n && std::isspace(static_cast<unsigned char>(sql[i]))) ++i;
      push(Kind::Space, begin, i);
    } else if (c == '-' && i + 1 < n && sql[i + 1] == '-') {
      while (i < n && sql[i] != '\n') ++i;
      push(Kind::Comment, begin, i);
    } else if (c == '/' && i + 1 < n && sql[i + 1] == '*') {
      const std::size_t end = sql.find("*/", i + 2);
      i = end == std::string_view::npos ? n : end + 2;
      push(Kind::Comment, begin, i);
    } else if (c == '\'' || c == '"' || c == '`') {
      const char quote = static_cast<char>(c);
      ++i;
      while (i < n) {
        if (sql[i] == quote) {
          if (i + 1 < n && sql[i + 1] == quote) {
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        ++i;
      }
      push(c == '\'' ? Kind::String : Kind::QuotedName, begin, i);
    } else if (c == '?') {
      ++i;
      while (i < n && std::isdigit(static_cast<unsigned char>(sql[i]))) ++i;
      push(Kind::Parameter, begin, i);
    } else if (std::isdigit(c) || (c == '.' && i + 1 < n && std::isdigit(static_cast<unsigned char>(sql[i + 1])))) {
      while (i < n && (std::isalnum(static_cast<unsigned char>(sql[i])) || sql[i] == '.')) {
        // an exponent's sign belongs to the number
        if ((sql[i] == 'e' || sql[i] == 'E') && i + 1 < n && (sql[i + 1] == '+' || sql[i + 1] == '-')) ++i;
        ++i;
      }
      push(Kind::Number, begin, i);
    } else if (isWordStart(c)) {
      while (i < n && isWordChar(static_cast<unsigned char>(sql[i]))) ++i;
      push(Kind::Word, begin, i);
    } else {
      static constexpr std::array<std::string_view, 7> kTwo = {"||", "<=", ">=", "<>", "!=", "==", "::"};
      std::size_t length = 1;
      for (std::string_view two : kTwo)
        if (sql.substr(i, 2) == two) length = 2;
      i += length;
      push(Kind::Punct, begin, i);
    }
  }
  return tokens;
}

bool significant(const Token& token) {
  return token.kind != Kind::Space && token.kind != Kind::Comment;
}

class Rewriter {
 public:
  explicit Rewriter(std::string_view sql) : m_tokens(tokenize(sql)) {}

  PostgresStatement run() {
    PostgresStatement out;
    findInsert(out);
    for (std::size_t i = 0; i < m_tokens.size(); ++i) {
      Token& token = m_tokens[i];
      if (token.kind == Kind::Parameter) {
        int number = token.source.size() > 1 ? std::stoi(std::string(token.source.substr(1))) : m_parameters + 1;
        m_parameters = std::max(m_parameters, number);
        if (m_used.size() < static_cast<std::size_t>(number)) m_used.resize(static_cast<std::size_t>(number), false);
        m_used[static_cast<std::size_t>(number - 1)] = true;
        set(token, "$" + std::to_string(number));
      } else if (token.kind == Kind::Punct && token.source == "==") {
        set(token, "=");
      } else if (token.kind == Kind::Punct && token.source == "+" && unaryPlusOfColumn(i)) {
        set(token, "");  // SQLite's "+column" keeps an index from driving the query; PostgreSQL has no unary + on text
      } else if (token.kind == Kind::Number && (token.source == "1" || token.source == "0") && truthLiteral(i)) {
        set(token, token.source == "1" ? "TRUE" : "FALSE");  // "WHERE 1 AND …": SQLite's integers as truth values
      } else if (token.kind == Kind::Word) {
        word(i);
      } else if (token.kind == Kind::Punct && token.source == "(") {
        aliasSubquery(i);
      }
    }
    for (const Token& token : m_tokens) {
      out.text += token.before;
      out.text += token.replaced ? std::string_view(token.text) : token.source;
      out.text += token.after;
    }
    out.parameterCount = m_parameters;
    out.parameterUsed = m_used;
    return out;
  }

 private:
  static void set(Token& token, std::string text) {
    token.text = std::move(text);
    token.replaced = true;
  }

  //! The next significant token after \a i, or npos.
  std::size_t next(std::size_t i) const {
    for (std::size_t j = i + 1; j < m_tokens.size(); ++j)
      if (significant(m_tokens[j])) return j;
    return std::string::npos;
  }
  std::size_t previous(std::size_t i) const {
    for (std::size_t j = i; j-- > 0;)
      if (significant(m_tokens[j])) return j;
    return std::string::npos;
  }
  bool isWord(std::size_t i, std::string_view lower) const {
    return i != std::string::npos && m_tokens[i].kind == Kind::Word && m_tokens[i].lower == lower;
  }
  bool isPunct(std::size_t i, std::string_view text) const {
    return i != std::string::npos && m_tokens[i].kind == Kind::Punct && m_tokens[i].source == text;
  }

  /**
   * SpatiaLite's R*Tree lookup "ROWID IN (SELECT ROWID FROM SpatialIndex WHERE f_table_name = 't' AND search_frame =
   * g)" becomes PostGIS's bounding-box test "geom && (g)", which the GiST index answers.
   */
  bool spatialIndexLookup(std::size_t rowid) {
    const std::size_t in = next(rowid);
    const std::size_t open = next(in);
    if (!isWord(in, "in") || !isPunct(open, "(") || !isWord(next(open), "select")) return false;
    const std::size_t innerRowid = next(next(open));
    const std::size_t from = next(innerRowid);
    if (!isWord(innerRowid, "rowid") || !isWord(from, "from") || !isWord(next(from), "spatialindex")) return false;
    std::size_t close = 0;
    std::vector<std::size_t> commas;
    if (!callShape(open, close, commas)) return false;
    std::size_t frame = std::string::npos;
    for (std::size_t j = open; j < close; ++j)
      if (isWord(j, "search_frame") && isPunct(next(j), "=")) frame = next(j);
    if (frame == std::string::npos) return false;
    set(m_tokens[rowid], "geom");
    set(m_tokens[in], "&&");
    for (std::size_t j = open + 1; j <= frame; ++j) set(m_tokens[j], "");
    return true;
  }

  static bool isSpatialPredicate(const std::string& lower) {
    for (std::string_view name :
         {"st_intersects", "st_contains", "st_within", "st_covers",  "st_coveredby",  "st_touches",  "st_overlaps",
          "st_crosses",    "st_disjoint", "st_equals", "intersects", "contains",      "within",      "touches",
          "overlaps",      "crosses",     "disjoint",  "equals",     "mbrintersects", "mbrcontains", "mbrwithin"})
      if (lower == name) return true;
    return false;
  }

  //! A 1 or 0 standing alone as a condition: after WHERE, AND, OR, ON or HAVING, before a clause's end.
  bool truthLiteral(std::size_t i) const {
    const std::size_t before = previous(i);
    bool condition = false;
    for (std::string_view keyword : {"where", "and", "or", "on", "having"})
      condition = condition || isWord(before, keyword);
    if (!condition) return false;
    const std::size_t after = next(i);
    if (after == std::string::npos || isPunct(after, ")") || isPunct(after, ";")) return true;
    for (std::string_view keyword : {"and", "or", "order", "group", "limit", "union", "having", "window", "join",
                                     "left", "inner", "cross", "where"})
      if (isWord(after, keyword)) return true;
    return false;
  }

  //! A subquery in FROM or JOIN without an alias gets one (SQLite allows none; PostgreSQL 15 needs it).
  void aliasSubquery(std::size_t open) {
    const std::size_t before = previous(open);
    if (!isWord(before, "from") && !isWord(before, "join")) return;
    if (!isWord(next(open), "select") && !isWord(next(open), "with")) return;
    std::size_t close = 0;
    std::vector<std::size_t> commas;
    if (!callShape(open, close, commas)) return;
    const std::size_t after = next(close);
    if (after != std::string::npos &&
        (m_tokens[after].kind == Kind::Word || m_tokens[after].kind == Kind::QuotedName)) {
      bool keyword = false;
      for (std::string_view word : {"where", "group", "order", "limit", "join", "left", "inner", "cross", "on", "union",
                                    "having", "window", "natural", "full", "right", "except", "intersect", "offset"})
        keyword = keyword || isWord(after, word);
      if (!keyword) return;  // an alias (or AS alias) follows
    }
    m_tokens[close].after += " AS gs_subquery" + std::to_string(++m_subqueries);
  }

  //! Whether the JOIN at \a join has an ON clause of its own (before the next join or clause at its depth).
  bool joinHasOn(std::size_t join) const {
    int depth = 0;
    for (std::size_t j = join + 1; j < m_tokens.size(); ++j) {
      const Token& token = m_tokens[j];
      if (token.kind == Kind::Punct && token.source == "(") ++depth;
      if (token.kind == Kind::Punct && token.source == ")" && --depth < 0) return false;
      if (depth != 0 || token.kind != Kind::Word) continue;
      if (token.lower == "on") return true;
      for (std::string_view end : {"join", "where", "group", "order", "limit", "union", "having", "window"})
        if (token.lower == end) return false;
    }
    return false;
  }

  //! A "+" before a column name where no operand precedes it.
  bool unaryPlusOfColumn(std::size_t i) const {
    const std::size_t operand = next(i);
    if (operand == std::string::npos ||
        (m_tokens[operand].kind != Kind::Word && m_tokens[operand].kind != Kind::QuotedName))
      return false;
    const std::size_t before = previous(i);
    if (before == std::string::npos) return true;
    const Token& token = m_tokens[before];
    if (token.kind == Kind::Punct) return token.source != ")";
    if (token.kind != Kind::Word) return false;
    for (std::string_view keyword : {"where", "and", "or", "not", "on", "select", "when", "then", "else", "by",
                                     "between", "having", "case", "in", "is", "like"})
      if (token.lower == keyword) return true;
    return false;
  }

  //! For the call whose "(" is at \a open: the closing ")" and the commas at its top level.
  bool callShape(std::size_t open, std::size_t& close, std::vector<std::size_t>& commas) const {
    int depth = 0;
    for (std::size_t j = open; j < m_tokens.size(); ++j) {
      if (m_tokens[j].kind != Kind::Punct) continue;
      if (m_tokens[j].source == "(") {
        ++depth;
      } else if (m_tokens[j].source == ")") {
        if (--depth == 0) {
          close = j;
          return true;
        }
      } else if (m_tokens[j].source == "," && depth == 1) {
        commas.push_back(j);
      }
    }
    return false;
  }

  //! Notes the table of an INSERT without RETURNING and adds ON CONFLICT DO NOTHING to INSERT OR IGNORE.
  void findInsert(PostgresStatement& out) {
    std::size_t first = next(std::string::npos);
    if (!isWord(first, "insert")) return;
    std::size_t at = next(first);
    bool ignore = false;
    if (isWord(at, "or")) {
      std::size_t what = next(at);
      ignore = isWord(what, "ignore");
      if (ignore) {
        set(m_tokens[at], "");
        set(m_tokens[what], "");
      }
      at = next(what);
    }
    if (!isWord(at, "into")) return;
    std::size_t name = next(at);
    if (name == std::string::npos) return;
    if (isPunct(next(name), ".")) name = next(next(name));
    if (name == std::string::npos) return;
    std::string table = m_tokens[name].kind == Kind::Word ? m_tokens[name].lower : std::string(m_tokens[name].source);
    if (m_tokens[name].kind == Kind::QuotedName && table.size() >= 2) table = table.substr(1, table.size() - 2);
    // the top-level RETURNING, if any, and the end of the statement
    std::size_t returning = std::string::npos;
    std::size_t end = m_tokens.size();
    int depth = 0;
    for (std::size_t j = name + 1; j < m_tokens.size(); ++j) {
      const Token& token = m_tokens[j];
      if (token.kind == Kind::Punct && token.source == "(") ++depth;
      if (token.kind == Kind::Punct && token.source == ")") --depth;
      if (depth == 0 && token.kind == Kind::Word && token.lower == "returning" && returning == std::string::npos)
        returning = j;
      if (depth == 0 && token.kind == Kind::Punct && token.source == ";") {
        end = j;
        break;
      }
    }
    if (ignore) {
      if (returning != std::string::npos) {
        m_tokens[returning].before += "ON CONFLICT DO NOTHING ";
      } else {
        std::size_t last = previous(end);
        if (last != std::string::npos) m_tokens[last].after += " ON CONFLICT DO NOTHING";
      }
    }
    if (returning == std::string::npos) out.insertTable = table;
  }

  void word(std::size_t i) {
    Token& token = m_tokens[i];
    const std::string& w = token.lower;
    const std::size_t after = next(i);
    const bool call = isPunct(after, "(");
    if (w == "is") {
      std::size_t operand = after;
      if (isWord(operand, "not")) {
        std::size_t value = next(operand);
        if (!isWord(value, "null") && !isWord(value, "true") && !isWord(value, "false")) {
          set(token, "IS DISTINCT FROM");
          set(m_tokens[operand], "");
        }
      } else if (!isWord(operand, "null") && !isWord(operand, "true") && !isWord(operand, "false") &&
                 !isWord(operand, "distinct")) {
        set(token, "IS NOT DISTINCT FROM");
      }
      return;
    }
    if (w == "rowid" && spatialIndexLookup(i)) return;
    if (w == "cross" && isWord(after, "join") && joinHasOn(after)) {  // SQLite's join-order hint with ON
      set(token, "");
      return;
    }
    if (w == "without" && isWord(after, "rowid")) {  // a table's storage form, SQLite's alone
      set(token, "");
      set(m_tokens[after], "");
      return;
    }
    if (w == "temp" && isPunct(after, ".")) {  // SQLite's temporary schema
      set(token, "pg_temp");
      return;
    }
    if (w == "like") {
      set(token, "ILIKE");
      return;
    }
    if (w == "immediate" || w == "exclusive" || w == "deferred") {
      if (isWord(previous(i), "begin")) set(token, "");
      return;
    }
    if ((w == "integer" || w == "real") && isWord(previous(i), "as")) {
      set(token, w == "integer" ? "BIGINT" : "DOUBLE PRECISION");
      return;
    }
    if (!call) return;
    std::size_t close = 0;
    std::vector<std::size_t> commas;
    // a table-valued function: after FROM or JOIN, so before the check below
    if (w == "json_each" && callShape(after, close, commas) && commas.empty()) {
      // the key and value columns; values as SQL text, as SQLite's json_each gives strings
      set(token, "json_each_text");
      m_tokens[after].after += "CAST(";
      m_tokens[close].before += " AS json)";
      return;
    }
    // A name before "(" that follows these is a table or column list, not a function.
    const std::size_t before = previous(i);
    for (std::string_view keyword :
         {"into", "table", "references", "on", "from", "join", "update", "exists", "view", "index", "trigger", "as"})
      if (isWord(before, keyword)) return;
    if (isPunct(before, ".")) return;
    if ((w == "max" || w == "min") && callShape(after, close, commas) && !commas.empty()) {
      set(token, w == "max" ? "GREATEST" : "LEAST");
      return;
    }
    if (w == "group_concat" && callShape(after, close, commas)) {
      set(token, "string_agg");
      std::size_t firstArgument = next(after);
      if (isWord(firstArgument, "distinct")) firstArgument = next(firstArgument);
      if (firstArgument != std::string::npos) m_tokens[firstArgument].before += "(";
      const std::size_t argumentEnd = commas.empty() ? close : commas[0];
      m_tokens[previous(argumentEnd)].after += ")::text";
      if (commas.empty()) m_tokens[close].before += ", ','";
      return;
    }
    if ((w == "coalesce" || w == "ifnull") && callShape(after, close, commas) && commas.size() == 1) {
      // coalesce(number, '…'): SQLite mixes the types, PostgreSQL wants one; the text is what such a call is for
      const std::size_t fallback = next(commas[0]);
      if (fallback != std::string::npos && m_tokens[fallback].kind == Kind::String && next(fallback) == close) {
        if (w == "ifnull") set(token, "COALESCE");
        m_tokens[after].after += "CAST(";
        m_tokens[previous(commas[0])].after += " AS TEXT)";
        return;
      }
    }
    if (w == "hex" && callShape(after, close, commas) && commas.empty()) {  // of a blob: upper-case hex digits
      set(token, "upper(encode");
      m_tokens[close].before += ", 'hex'";
      m_tokens[close].after += ")";
      return;
    }
    if (w == "total" && callShape(after, close, commas) && commas.empty()) {  // a sum that is 0.0 when empty
      set(token, "coalesce(sum");
      m_tokens[close].after += ", 0.0)";
      return;
    }
    if (w == "makepoint" && callShape(after, close, commas) && commas.size() == 2) {  // SpatiaLite's third: the SRID
      set(token, "ST_SetSRID(ST_MakePoint");
      set(m_tokens[commas[1]], "),");
      m_tokens[next(commas[1])].before += "CAST(";
      m_tokens[close].before += " AS INT)";
      return;
    }
    if ((w == "geomfromwkb" || w == "geomfromtext" || w == "transform" || w == "st_transform" || w == "st_setsrid") &&
        callShape(after, close, commas) && commas.size() == 1) {
      // the SRID is an integer there; a bound value comes as a 64-bit one
      m_tokens[next(commas[0])].before += "CAST(";
      m_tokens[close].before += " AS INT)";
    }
    if (w == "makepoint") {
      set(token, "ST_MakePoint");
      return;
    }
    if (w == "mbrintersects" && callShape(after, close, commas) && commas.size() == 1) {
      set(token, "");
      m_tokens[after].after += "(";
      set(m_tokens[commas[0]], ") && (");
      m_tokens[close].before += ")";
      return;
    }
    if (isSpatialPredicate(w) && callShape(after, close, commas)) {
      // SpatiaLite's predicates return 1 or 0, PostGIS's a boolean: "= 1" goes, "= 0" becomes NOT
      const std::size_t op = next(close);
      const std::size_t value = next(op);
      if ((isPunct(op, "=") || isPunct(op, "==")) && value != std::string::npos &&
          m_tokens[value].kind == Kind::Number && (m_tokens[value].source == "1" || m_tokens[value].source == "0")) {
        if (m_tokens[value].source == "0") token.before += "NOT ";
        set(m_tokens[op], "");
        set(m_tokens[value], "");
      }
    }
    struct Rename {
      std::string_view from;
      std::string_view to;
    };
    static constexpr std::array<Rename, 46> kRenames = {{
        {"gunion", "ST_Union"},
        {"isempty", "ST_IsEmpty"},
        {"geomfromtext", "ST_GeomFromText"},
        {"geomfromwkb", "ST_GeomFromWKB"},
        {"asbinary", "ST_AsBinary"},
        {"astext", "ST_AsText"},
        {"pointonsurface", "ST_PointOnSurface"},
        {"centroid", "ST_Centroid"},
        {"area", "ST_Area"},
        {"buffer", "ST_Buffer"},
        {"transform", "ST_Transform"},
        {"glength", "ST_Length"},
        {"casttomulti", "ST_Multi"},
        {"buildmbr", "ST_MakeEnvelope"},
        {"x", "ST_X"},
        {"y", "ST_Y"},
        {"st_minx", "ST_XMin"},
        {"st_maxx", "ST_XMax"},
        {"st_miny", "ST_YMin"},
        {"st_maxy", "ST_YMax"},
        {"numpoints", "ST_NPoints"},
        {"st_numpoints", "ST_NPoints"},
        {"geometrytype", "GeometryType"},
        {"srid", "ST_SRID"},
        {"char", "chr"},
        {"intersects", "ST_Intersects"},
        {"contains", "ST_Contains"},
        {"within", "ST_Within"},
        {"touches", "ST_Touches"},
        {"overlaps", "ST_Overlaps"},
        {"crosses", "ST_Crosses"},
        {"disjoint", "ST_Disjoint"},
        {"casttomultipolygon", "ST_Multi"},
        {"casttomultilinestring", "ST_Multi"},
        {"casttomultipoint", "ST_Multi"},
        {"makevalid", "ST_MakeValid"},
        {"isvalid", "ST_IsValid"},
        {"mbrminx", "ST_XMin"},
        {"mbrmaxx", "ST_XMax"},
        {"mbrminy", "ST_YMin"},
        {"mbrmaxy", "ST_YMax"},
        {"ifnull", "COALESCE"},
        {"instr", "strpos"},
        {"date", "gs_date"},
        {"strftime", "gs_strftime"},
        {"julianday", "gs_julianday"},
    }};
    for (const Rename& rename : kRenames)
      if (w == rename.from) {
        set(token, std::string(rename.to));
        return;
      }
  }

  std::vector<Token> m_tokens;
  int m_parameters = 0;
  std::vector<bool> m_used;
  int m_subqueries = 0;
};

}  // namespace

PostgresStatement toPostgres(std::string_view sqliteSql) {
  return Rewriter(sqliteSql).run();
}

}  // namespace grid::sql
