// SPDX-License-Identifier: GPL-2.0-or-later
#include "registry/list_spec.h"

#include <algorithm>

#include "ledger/text_util.h"
#include "storage/database.h"

namespace grid::registry {

std::string levelCode(LedgerLevel level) {
  switch (level) {
    case LedgerLevel::Community:
      return "community";
    case LedgerLevel::Area:
      return "area";
    case LedgerLevel::Grid:
      return "grid";
    case LedgerLevel::Building:
      return "building";
    case LedgerLevel::Property:
      return "property";
  }
  return "grid";
}

std::optional<LedgerLevel> parseLevel(std::string_view code) {
  for (LedgerLevel level :
       {LedgerLevel::Community, LedgerLevel::Area, LedgerLevel::Grid, LedgerLevel::Building, LedgerLevel::Property})
    if (levelCode(level) == code) return level;
  if (code == "estate") return LedgerLevel::Property;
  return std::nullopt;
}

namespace {

const std::vector<std::pair<ListKind, const char*>> kListCodes{
    {ListKind::Households, "households"}, {ListKind::Persons, "persons"},        {ListKind::KeyPersons, "key_persons"},
    {ListKind::KeyPlaces, "key_places"},  {ListKind::KeyMatters, "key_matters"}, {ListKind::Entries, "entries"},
    {ListKind::PatrolLogs, "patrol_logs"}};

ListColumn col(std::string key, std::string zh, std::string en, ColumnKind kind, std::string column,
               std::string domain = {}, bool required = false) {
  ListColumn c;
  c.key = std::move(key);
  c.zh = std::move(zh);
  c.en = std::move(en);
  c.kind = kind;
  c.column = std::move(column);
  c.domain = std::move(domain);
  c.required = required;
  c.sensitive = c.kind == ColumnKind::Phone || c.kind == ColumnKind::IdNumber;
  return c;
}

ListColumn shown(std::string key, std::string zh, std::string en, std::string display,
                 ColumnKind kind = ColumnKind::Text, std::string domain = {}) {
  ListColumn c = col(std::move(key), std::move(zh), std::move(en), kind, {}, std::move(domain));
  c.display = std::move(display);
  return c;
}

ListColumn number() {
  return col("id", "编号", "No.", ColumnKind::Integer, "id");
}

const char* kYesNo = "1=是=Yes|0=否=No";

std::vector<ListSpec> makeSpecs() {
  std::vector<ListSpec> specs;
  {
    ListSpec s{ListKind::Households,
               "household",
               "household t LEFT JOIN house h ON h.id = t.house_id LEFT JOIN building b ON b.id = t.building_id",
               "t.grid_id",
               "t.building_id",
               "b.name || ' ' || coalesce(h.room_no, '') || ' ' || coalesce(t.account_number, '') || ' ' || "
               "coalesce((SELECT name FROM person WHERE id = t.head_person_id), '')",
               "t.logout = 1",
               {}};
    s.columns = {
        number(),
        shown("building", "楼栋", "Building", "b.name"),
        shown("unit", "单元", "Unit", "h.unit_no", ColumnKind::Integer),
        shown("room", "房号", "Room", "h.room_no"),
        col("account_number", "户号", "Account no.", ColumnKind::Text, "account_number"),
        col("household_type", "户类型", "Household type", ColumnKind::Code, "household_type", "household_type", true),
        shown("head", "户主", "Head", "(SELECT name FROM person WHERE id = t.head_person_id)"),
        shown("members", "人数", "Members", "t.members_count", ColumnKind::Integer),
        col("home_phone", "住宅电话", "Home phone", ColumnKind::Phone, "home_phone"),
        col("tags", "户标签", "Tags", ColumnKind::Text, "tags"),
        shown("plaque", "党员户挂牌", "Party plaque", "t.party_plaque", ColumnKind::Choice, kYesNo),
        shown("moved_out", "迁出日期", "Moved out", "t.logout_date", ColumnKind::Date),
        shown("moved_out_reason", "迁出原因", "Reason", "t.logout_reason")};
    specs.push_back(std::move(s));
  }
  {
    ListSpec s{ListKind::Persons,
               "person",
               "person t LEFT JOIN household hh ON hh.id = t.household_id LEFT JOIN house h ON h.id = hh.house_id "
               "LEFT JOIN building b ON b.id = hh.building_id",
               "t.grid_id",
               "hh.building_id",
               "t.name || ' ' || coalesce(b.name, '') || ' ' || coalesce(h.room_no, '')",
               "t.logout = 1",
               {}};
    s.columns = {number(),
                 col("name", "姓名", "Name", ColumnKind::Text, "name", {}, true),
                 col("id_number", "身份证号", "ID number", ColumnKind::IdNumber, "id"),
                 col("gender", "性别", "Sex", ColumnKind::Choice, "gender", "M=男=Male|F=女=Female"),
                 col("birth_date", "出生日期", "Date of birth", ColumnKind::Date, "birth_date"),
                 col("relation", "与户主关系", "Relation to head", ColumnKind::Code, "relation_code", "relation"),
                 col("nation", "民族", "Ethnic group", ColumnKind::Code, "nation_code", "nation"),
                 col("political", "政治面貌", "Political status", ColumnKind::Code, "political_code", "political"),
                 col("education", "文化程度", "Education", ColumnKind::Code, "education_code", "education"),
                 col("population_type", "人口类型", "Population type", ColumnKind::Code, "population_type",
                     "population_type", true),
                 col("mobile", "手机号码", "Mobile", ColumnKind::Phone, "mobile"),
                 col("work_unit", "工作单位", "Work unit", ColumnKind::Text, "work_unit"),
                 shown("building", "楼栋", "Building", "b.name"),
                 shown("room", "房号", "Room", "h.room_no"),
                 col("household_id", "户编号", "Household no.", ColumnKind::Integer, "household_id"),
                 shown("moved_out", "迁出日期", "Moved out", "t.logout_date", ColumnKind::Date),
                 shown("moved_out_reason", "迁出原因", "Reason", "t.logout_reason")};
    specs.push_back(std::move(s));
  }
  {
    ListSpec s{ListKind::KeyPersons,
               "key_person",
               "key_person t JOIN person p ON p.id = t.person_id LEFT JOIN household hh ON hh.id = p.household_id "
               "LEFT JOIN staff s ON s.id = t.helper_staff_id",
               "t.grid_id",
               "hh.building_id",
               "p.name",
               "t.logout = 1",
               {}};
    s.columns = {
        number(),
        col("person_id", "人员编号", "Person no.", ColumnKind::Integer, "person_id", {}, true),
        shown("name", "姓名", "Name", "p.name"),
        shown("id_number", "身份证号", "ID number", "p.id_masked", ColumnKind::IdNumber),
        col("category", "类别", "Category", ColumnKind::Code, "category_code", "key_person_category", true),
        col("attention", "关注程度", "Attention", ColumnKind::Code, "attention_level", "attention_level", true),
        col("under_attention", "是否关注", "Under attention", ColumnKind::Choice, "under_attention", kYesNo),
        col("risk_colour", "风险等级", "Risk", ColumnKind::Code, "risk_colour", "risk_colour"),
        col("helper_id", "帮扶人编号", "Helper no.", ColumnKind::Integer, "helper_staff_id"),
        shown("helper", "帮扶责任人", "Helper", "s.name"),
        col("last_visit", "最近走访", "Last visit", ColumnKind::Date, "last_visit_date"),
        col("next_visit", "下次走访", "Next visit due", ColumnKind::Date, "next_visit_due")};
    s.columns[3].sensitive = true;
    specs.push_back(std::move(s));
  }
  {
    ListSpec s{ListKind::KeyPlaces, "key_place",
               "key_place t",       "t.grid_id",
               "t.building_id",     "t.name || ' ' || coalesce(t.address, '')",
               "t.logout = 1",      {}};
    s.columns = {
        number(),
        col("name", "名称", "Name", ColumnKind::Text, "name", {}, true),
        col("address", "地址", "Address", ColumnKind::Text, "address"),
        col("classification", "分类", "Classification", ColumnKind::Code, "classification_code", "key_place_class",
            true),
        col("key_types", "重点类型", "Focus", ColumnKind::CodeList, "key_types", "key_place_focus"),
        col("hidden_danger", "隐患情况", "Hidden danger", ColumnKind::Text, "hidden_danger"),
        col("rectification", "整改情况", "Rectification", ColumnKind::Text, "rectification"),
        col("attention", "关注程度", "Attention", ColumnKind::Code, "attention_level", "attention_level", true),
        col("risk_colour", "风险等级", "Risk", ColumnKind::Code, "risk_colour", "risk_colour"),
        col("charge_person", "负责人", "Person in charge", ColumnKind::Text, "charge_person"),
        col("charge_phone", "负责人电话", "Phone", ColumnKind::Phone, "charge_phone"),
        col("staff_count", "从业人数", "Staff", ColumnKind::Integer, "staff_count"),
        col("fire_level", "消防等级", "Fire level", ColumnKind::Integer, "fire_level"),
        col("management_class", "管理级别", "Class", ColumnKind::Choice, "management_class", "A=A=A|B=B=B|C=C=C"),
        col("building_id", "楼栋编号", "Building no.", ColumnKind::Integer, "building_id"),
        col("grid", "网格编码", "Grid code", ColumnKind::GridCode, "grid_id"),
        col("x", "X坐标", "X", ColumnKind::X, "geom"),
        col("y", "Y坐标", "Y", ColumnKind::Y, "geom")};
    specs.push_back(std::move(s));
  }
  {
    ListSpec s{
        ListKind::KeyMatters,
        "key_matter",
        "key_matter t",
        "t.grid_id",
        "(SELECT object_id FROM key_matter_link WHERE key_matter_id = t.id AND object_type = 'building' LIMIT 1)",
        "t.serial_number || ' ' || t.subject",
        "t.status = 'closed'",
        {}};
    s.columns = {number(),
                 col("serial_number", "事项编号", "Serial no.", ColumnKind::Text, "serial_number", {}, true),
                 col("subject", "涉稳事项", "Matter", ColumnKind::Text, "subject", {}, true),
                 col("grid", "网格编码", "Grid code", ColumnKind::GridCode, "grid_id", {}, true),
                 col("warning_level", "预警级别", "Warning level", ColumnKind::Choice, "warning_level",
                     "blue=蓝色=Blue|yellow=黄色=Yellow|orange=橙色=Orange|red=红色=Red", true),
                 col("status", "状态", "Status", ColumnKind::Choice, "status",
                     "open=未化解=Open|resolving=化解中=Resolving|assigned=已交办=Assigned|resolved=已化解=Resolved|"
                     "closed=已结案=Closed",
                     true),
                 col("group_size", "涉及人数", "People involved", ColumnKind::Integer, "group_size"),
                 col("group_type", "人群类别", "Group type", ColumnKind::Choice, "group_type",
                     "individual=个人=Individual|group_representative=反映群体代表=Group representative"),
                 col("aspiration", "诉求类别", "Aspiration", ColumnKind::Code, "aspiration_code", "aspiration"),
                 col("stability_unit", "稳控责任单位", "Stability unit", ColumnKind::Text, "stability_unit"),
                 col("stability_owner", "稳控责任人", "Stability owner", ColumnKind::Text, "stability_owner"),
                 col("resolve_unit", "化解责任部门", "Resolving unit", ColumnKind::Text, "resolve_unit"),
                 col("resolve_owner", "化解责任人", "Resolving owner", ColumnKind::Text, "resolve_owner"),
                 col("current_state", "稳定现状", "Current state", ColumnKind::Text, "current_state"),
                 col("origin", "建表类型", "Origin", ColumnKind::Choice, "origin",
                     "new=新建=New|carried_over=上年接转=Carried over|transferred=其他台账转入=Transferred|"
                     "assigned_from_above=上级交办=Assigned from above"),
                 col("registrant", "登记人", "Registrant", ColumnKind::Text, "registrant"),
                 col("registered_at", "登记日期", "Registered", ColumnKind::Date, "registered_at", {}, true),
                 col("deadline", "化解期限", "Deadline", ColumnKind::Date, "deadline"),
                 col("next_review", "下次复查", "Next review", ColumnKind::Date, "next_review_date"),
                 shown("links", "关联对象", "Linked",
                       "(SELECT group_concat(object_type || ' ' || object_id, ', ') FROM key_matter_link "
                       "WHERE key_matter_id = t.id)")};
    specs.push_back(std::move(s));
  }
  {
    ListSpec s{ListKind::Entries,
               "ledger_entry",
               "ledger_entry t",
               "NULL",
               "NULL",
               "t.title || ' ' || coalesce(t.content, '')",
               "t.status = 'closed'",
               {}};
    s.columns = {
        number(),
        col("recorded_at", "日期", "Date", ColumnKind::Date, "recorded_at", {}, true),
        col("entry_type", "类型", "Type", ColumnKind::Choice, "entry_type",
            "patrol=巡查=Patrol|visit=走访=Visit|problem=问题=Problem|suggestion=建议=Suggestion|"
            "meeting=会议=Meeting|other=其他=Other",
            true),
        col("title", "标题", "Title", ColumnKind::Text, "title", {}, true),
        col("content", "内容", "Content", ColumnKind::Text, "content"),
        col("status", "状态", "Status", ColumnKind::Choice, "status",
            "open=待处理=Open|in_progress=处理中=In progress|resolved=已解决=Resolved|closed=已办结=Closed", true),
        col("event_id", "关联事件", "Event no.", ColumnKind::Integer, "event_id"),
        col("recorded_by", "记录人", "Recorded by", ColumnKind::Text, "recorded_by")};
    specs.push_back(std::move(s));
  }
  {
    ListSpec s{ListKind::PatrolLogs,
               "patrol_log",
               "patrol_log t LEFT JOIN staff s ON s.id = t.staff_id",
               "t.grid_id",
               "CASE WHEN t.object_type = 'building' THEN t.object_id END",
               "coalesce(t.place, '') || ' ' || coalesce(t.content, '') || ' ' || coalesce(s.name, '') || ' ' || "
               "coalesce(t.met_person, '')",
               {},
               {}};
    ListColumn object =
        col("object_type", "走访对象", "Visited", ColumnKind::Choice, "object_type",
            "grid=网格巡查=Grid patrol|building=楼栋=Building|household=住户=Household|"
            "key_person=重点人员=Key person|key_place=重点场所=Key place|key_matter=重点事项=Key matter");
    object.display = "CASE WHEN t.key_matter_id IS NOT NULL THEN 'key_matter' ELSE coalesce(t.object_type, 'grid') END";
    ListColumn objectId = col("object_id", "对象编号", "Object no.", ColumnKind::Integer, "object_id");
    objectId.display = "coalesce(t.key_matter_id, t.object_id)";
    s.columns = {number(),
                 col("work_time", "时间", "Time", ColumnKind::Text, "work_time", {}, true),
                 col("log_type", "类型", "Type", ColumnKind::Choice, "log_type",
                     "patrol=巡查=Patrol|routine_visit=日常走访=Routine visit|key_person_visit=重点人员走访=Key-person "
                     "visit|hidden_danger=隐患排查=Hidden danger|work_record=工作记录=Work record|other=其他=Other",
                     true),
                 col("grid", "网格编码", "Grid code", ColumnKind::GridCode, "grid_id"),
                 object,
                 objectId,
                 col("staff_id", "走访人编号", "Worker no.", ColumnKind::Integer, "staff_id"),
                 shown("staff", "走访人", "Worker", "s.name"),
                 col("place", "地点", "Place", ColumnKind::Text, "place"),
                 col("met_person", "见面人员", "Met", ColumnKind::Text, "met_person"),
                 col("content", "走访情况", "Findings", ColumnKind::Text, "content"),
                 col("has_exception", "发现异常", "Exception", ColumnKind::Choice, "has_exception", kYesNo),
                 col("exception", "异常类型", "Exception type", ColumnKind::Code, "exception_code", "exception_type"),
                 col("exception_info", "异常情况", "Exception details", ColumnKind::Text, "exception_info"),
                 col("next_due", "下次走访", "Next due", ColumnKind::Date, "next_due"),
                 col("event_id", "关联事件", "Event no.", ColumnKind::Integer, "event_id"),
                 shown("photo", "照片", "Photo", "t.photo_name"),
                 col("sign_status", "签收", "Signed", ColumnKind::Choice, "sign_status", kYesNo)};
    specs.push_back(std::move(s));
  }
  return specs;
}

}  // namespace

const char* listSubject(ListKind kind) {
  switch (kind) {
    case ListKind::Households:
      return "household";
    case ListKind::Persons:
      return "person";
    case ListKind::KeyPersons:
      return "key_person";
    case ListKind::KeyPlaces:
      return "key_place";
    case ListKind::KeyMatters:
      return "key_matter";
    case ListKind::Entries:
      return "ledger";
    case ListKind::PatrolLogs:
      return "patrol";
  }
  return "household";
}

std::string listCode(ListKind kind) {
  for (const auto& [k, code] : kListCodes)
    if (k == kind) return code;
  return "households";
}

std::optional<ListKind> parseList(std::string_view code) {
  for (const auto& [k, c] : kListCodes)
    if (code == c) return k;
  return std::nullopt;
}

const ListColumn* ListSpec::column(std::string_view key) const {
  for (const ListColumn& c : columns)
    if (c.key == key) return &c;
  return nullptr;
}

int ListSpec::columnIndex(std::string_view key) const {
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (columns[i].key == key) return static_cast<int>(i);
  return -1;
}

const ListSpec& listSpec(ListKind kind) {
  static const std::vector<ListSpec> specs = makeSpecs();
  return *std::find_if(specs.begin(), specs.end(), [&](const ListSpec& s) { return s.kind == kind; });
}

std::string scopeCondition(const ListSpec& spec, const LedgerTarget& target) {
  const std::string id = std::to_string(target.id);
  if (spec.kind == ListKind::Entries)
    return "t.ledger_level = '" + levelCode(target.level) + "' AND t.target_id = " + id;
  switch (target.level) {
    case LedgerLevel::Community:
      return "(" + spec.gridExpr + ") IN (SELECT id FROM grid WHERE community_id = " + id + ")";
    case LedgerLevel::Area:
      return "(" + spec.gridExpr + ") IN (SELECT id FROM grid WHERE area_id = " + id + ")";
    case LedgerLevel::Grid:
      return "(" + spec.gridExpr + ") = " + id;
    case LedgerLevel::Building:
      return "(" + spec.buildingExpr + ") = " + id;
    case LedgerLevel::Property:
      return "(" + spec.buildingExpr + ") IN (SELECT id FROM building WHERE estate_id = " + id + ")";
  }
  return "0";
}

std::vector<ChoiceValue> choiceValues(const ListColumn& column) {
  std::vector<ChoiceValue> values;
  for (const std::string& item : splitText(column.domain, "|")) {
    const std::vector<std::string> parts = splitText(item, "=");
    if (parts.size() >= 3) values.push_back({parts[0], parts[1], parts[2]});
  }
  return values;
}

Result<CodeBook> CodeBook::load(Database& database) {
  CodeBook book;
  auto statement = database.prepare(
      "SELECT domain, code, name_zh, coalesce(name_en, name_zh), active FROM code_value "
      "ORDER BY domain, sort_order, code");
  if (!statement) return statement.error();
  auto s = statement->forEachRow([&](const Statement& row) {
    (row.int64(4) ? book.m_domains : book.m_inactive)[row.text(0)].push_back({row.text(1), row.text(2), row.text(3)});
  });
  if (!s) return s.error();
  return book;
}

std::string CodeBook::name(const std::string& domain, const std::string& code, bool english) const {
  for (const auto* domains : {&m_domains, &m_inactive}) {
    auto d = domains->find(domain);
    if (d != domains->end())
      for (const ChoiceValue& v : d->second)
        if (v.value == code) return english ? v.en : v.zh;
  }
  return code;
}

std::optional<std::string> CodeBook::code(const std::string& domain, const std::string& text) const {
  auto d = m_domains.find(domain);
  if (d == m_domains.end()) return std::nullopt;
  for (const ChoiceValue& v : d->second)
    if (v.value == text || v.zh == text || v.en == text) return v.value;
  if (domain == "risk_colour")  // sheets write the four colours plainly
    for (const auto& [colour, code] : {std::pair{"红色", "red"},
                                       {"橙色", "orange"},
                                       {"黄色", "yellow"},
                                       {"蓝色", "blue"},
                                       {"红", "red"},
                                       {"橙", "orange"},
                                       {"黄", "yellow"},
                                       {"蓝", "blue"}})
      if (text == colour) return std::string(code);
  return std::nullopt;
}

std::vector<ChoiceValue> CodeBook::values(const std::string& domain) const {
  auto d = m_domains.find(domain);
  return d == m_domains.end() ? std::vector<ChoiceValue>{} : d->second;
}

std::string displayValue(const ListColumn& column, const std::string& raw, const CodeBook& codes, bool english) {
  if (raw.empty()) return raw;
  switch (column.kind) {
    case ColumnKind::Code:
      return codes.name(column.domain, raw, english);
    case ColumnKind::CodeList: {
      std::string out;
      for (const std::string& code : splitText(raw, ","))
        out += (out.empty() ? "" : "、") + codes.name(column.domain, trimmed(code), english);
      return out;
    }
    case ColumnKind::Choice:
      for (const ChoiceValue& v : choiceValues(column))
        if (v.value == raw) return english ? v.en : v.zh;
      return raw;
    case ColumnKind::Date:
      return raw.size() > 10 && raw[10] == 'T' ? raw.substr(0, 10) : raw;
    default:
      return raw;
  }
}

}  // namespace grid::registry
