// SPDX-License-Identifier: GPL-2.0-or-later
#include "print/board_printer.h"

#include <qgsdatasourceuri.h>
#include <qgsexpressioncontextutils.h>
#include <qgsfeedback.h>
#include <qgsfillsymbol.h>
#include <qgslayoutatlas.h>
#include <qgslayoutexporter.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitempicture.h>
#include <qgslayoutitemshape.h>
#include <qgslayoutmanager.h>
#include <qgslayoutundostack.h>
#include <qgspallabeling.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsrulebasedrenderer.h>
#include <qgstextbuffersettings.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cmath>
#include <map>
#include <memory>

#include "boards/notice_board.h"
#include "boards/qr_code.h"
#include "core/layer_factory.h"
#include "core/translation.h"
#include "print/board_items.h"
#include "print/text_fit.h"
#include "storage/database.h"

namespace grid::app {
namespace {

QString boardText(const char* source) {
  return printText("BoardPrinter", source);
}

QString q(const std::string& text) {
  return QString::fromStdString(text);
}
const QString kFont = QStringLiteral("Noto Sans CJK SC");
const QString kCurrentGrid = QStringLiteral("coalesce(@gs_grid_id, @atlas_featureid)");

QString standardDuties(const QString& role, const QString& positionType) {
  if (role == QLatin1String("GRID_LEADER"))
    return boardText(QT_TRANSLATE_NOOP("BoardPrinter", "Leads the grid's work and sees that every task is done"));
  if (role == QLatin1String("GRID_WORKER") && positionType == QLatin1String("part_time"))
    return boardText(QT_TRANSLATE_NOOP("BoardPrinter", "Helps with patrols and visits, reports problems"));
  if (role == QLatin1String("GRID_WORKER"))
    return boardText(QT_TRANSLATE_NOOP(
        "BoardPrinter", "Collects household data, patrols, finds hazards, mediates disputes, serves residents"));
  if (role == QLatin1String("GRID_INSTRUCTOR"))
    return boardText(QT_TRANSLATE_NOOP("BoardPrinter", "Guides the grid's work and helps solve hard cases"));
  if (role == QLatin1String("POLICE_OFFICER"))
    return boardText(QT_TRANSLATE_NOOP("BoardPrinter", "Public order, crime prevention, dispute resolution"));
  if (role == QLatin1String("PARTY_SECRETARY"))
    return boardText(QT_TRANSLATE_NOOP("BoardPrinter", "Party building, party members linked to households"));
  if (role == QLatin1String("PROPERTY_LEADER"))
    return boardText(QT_TRANSLATE_NOOP("BoardPrinter", "Property services, repairs, fire and building safety"));
  if (role == QLatin1String("MICRO_GRID_LEADER"))
    return boardText(QT_TRANSLATE_NOOP("BoardPrinter", "Looks after the buildings of the micro-grid"));
  return boardText(QT_TRANSLATE_NOOP("BoardPrinter", "Looks after the building and its residents"));
}

QgsFillSymbol* fillSymbol(const QString& color, const QString& stroke, double strokeWidth,
                          const QString& style = QStringLiteral("solid")) {
  return QgsFillSymbol::createSimple({{QStringLiteral("color"), color},
                                      {QStringLiteral("style"), style},
                                      {QStringLiteral("outline_color"), stroke},
                                      {QStringLiteral("outline_width"), QString::number(strokeWidth)},
                                      {QStringLiteral("outline_width_unit"), QStringLiteral("MM")}});
}

void setLabels(QgsVectorLayer* layer, const QString& expression, double points, const QColor& color) {
  QgsPalLayerSettings settings;
  settings.fieldName = expression;
  settings.isExpression = true;
  QgsTextFormat format;
  format.setFont(QFont(kFont));
  format.setSize(points);
  format.setColor(color);
  QgsTextBufferSettings buffer;
  buffer.setEnabled(true);
  buffer.setSize(0.6);
  buffer.setColor(QColor(255, 255, 255, 220));
  format.setBuffer(buffer);
  settings.setFormat(format);
  settings.placement = QgsPalLayerSettings::OverPoint;
  layer->setLabeling(new QgsVectorLayerSimpleLabeling(settings));
  layer->setLabelsEnabled(true);
}

//! Board styles: the printed grid outlined in red, its buildings labelled; neighbours and their buildings faded.
void styleBoardLayers(QgsVectorLayer* grids, QgsVectorLayer* buildings) {
  auto* gridRoot = new QgsRuleBasedRenderer::Rule(nullptr);
  gridRoot->appendChild(new QgsRuleBasedRenderer::Rule(
      fillSymbol(QStringLiteral("235,235,235,255"), QStringLiteral("170,170,170,255"), 0.3), 0, 0,
      QStringLiteral("\"id\" <> %1").arg(kCurrentGrid)));
  gridRoot->appendChild(new QgsRuleBasedRenderer::Rule(
      fillSymbol(QStringLiteral("255,248,225,255"), QStringLiteral("183,28,28,255"), 0.9), 0, 0,
      QStringLiteral("\"id\" = %1").arg(kCurrentGrid)));
  grids->setRenderer(new QgsRuleBasedRenderer(gridRoot));
  setLabels(grids, QStringLiteral("CASE WHEN \"id\" <> %1 THEN \"name\" END").arg(kCurrentGrid), 7,
            QColor(0x99, 0x99, 0x99));

  auto* buildingRoot = new QgsRuleBasedRenderer::Rule(nullptr);
  buildingRoot->appendChild(new QgsRuleBasedRenderer::Rule(
      fillSymbol(QStringLiteral("215,215,215,255"), QStringLiteral("190,190,190,255"), 0.1), 0, 0,
      QStringLiteral("\"grid_id\" IS NULL OR \"grid_id\" <> %1").arg(kCurrentGrid)));
  buildingRoot->appendChild(new QgsRuleBasedRenderer::Rule(
      fillSymbol(QStringLiteral("246,215,167,255"), QStringLiteral("138,109,59,255"), 0.2), 0, 0,
      QStringLiteral("\"grid_id\" = %1").arg(kCurrentGrid)));
  buildings->setRenderer(new QgsRuleBasedRenderer(buildingRoot));
  setLabels(
      buildings,
      QStringLiteral("CASE WHEN \"grid_id\" = %1 THEN coalesce(\"name\", \"building_code\") END").arg(kCurrentGrid),
      6.5, QColor(0x33, 0x33, 0x33));
}

//! Per-grid PDFs are named <prefix><grid code>.pdf, by the atlas and in the result alike.
QString boardFilePrefix(bool english) {
  return english ? QStringLiteral("notice_board_") : QStringLiteral("网格公示牌_");
}

//! Fills the layout for one grid each time the atlas moves on.
class BoardFiller {
 public:
  BoardFiller(QgsPrintLayout* layout, bool english) : m_layout(layout), m_english(english) {
    if (m_english)
      for (QgsLayoutItem* item : items())
        if (auto* label = dynamic_cast<QgsLayoutItemLabel*>(item);
            label && label->customProperty(QStringLiteral("gs_caption")).isValid())
          label->setText(label->customProperty(QStringLiteral("gs_caption")).toString());
    for (QgsLayoutItem* item : items())  // the template's texts, kept before the first page replaces them
      if (auto* label = dynamic_cast<QgsLayoutItemLabel*>(item))
        label->setCustomProperty(QStringLiteral("gs_text"), label->text());
    m_staffArea = m_layout->itemById(QStringLiteral("staff_area"));
    m_chiefArea = m_layout->itemById(QStringLiteral("building_chiefs_area"));
    m_cardFont = m_staffArea ? m_staffArea->customProperty(QStringLiteral("gs_card_font"), 9.0).toDouble() : 9.0;
    if (m_staffArea) {
      m_cards = new StaffCardsItem(m_layout, kFont, m_cardFont);
      m_layout->addLayoutItem(m_cards);
      cover(m_cards, m_staffArea);
    }
    // The template's "qr" picture says where the code goes; the code itself is drawn from its matrix.
    if (QgsLayoutItem* qr = m_layout->itemById(QStringLiteral("qr"))) {
      m_qr = new QrCodeItem(m_layout);
      m_layout->addLayoutItem(m_qr);
      cover(m_qr, qr);
      m_layout->removeLayoutItem(qr);
    }
  }

  void fill(const BoardContent& board) {
    QStringList hotlines;
    if (!board.communityPhone.empty())
      hotlines << boardText(QT_TRANSLATE_NOOP("BoardPrinter", "Community %1")).arg(q(board.communityPhone));
    for (const auto& hotline : board.hotlines) hotlines << q(hotline.label) + QLatin1Char(' ') + q(hotline.phone);
    hotlines << boardText(QT_TRANSLATE_NOOP("BoardPrinter", "Police 110"))
             << boardText(QT_TRANSLATE_NOOP("BoardPrinter", "Government service 12345"));
    QVariantMap variables{
        {QStringLiteral("gs_grid_id"), board.gridId},
        {QStringLiteral("gs_grid_name"), q(board.gridName)},
        {QStringLiteral("gs_grid_code"), q(board.gridCode)},
        {QStringLiteral("gs_community"), q(board.communityName)},
        {QStringLiteral("gs_street"), q(board.streetName)},
        {QStringLiteral("gs_scope"),
         board.scopeText.empty() ? boardText(QT_TRANSLATE_NOOP("BoardPrinter", "See the map")) : q(board.scopeText)},
        {QStringLiteral("gs_service_hours"), board.serviceHours.empty()
                                                 ? boardText(QT_TRANSLATE_NOOP("BoardPrinter", "Mon–Fri 8:30–17:30"))
                                                 : q(board.serviceHours)},
        {QStringLiteral("gs_buildings"), board.buildings},
        {QStringLiteral("gs_households"), board.households},
        {QStringLiteral("gs_supervision_phone"), q(board.supervisionPhone)},
        {QStringLiteral("gs_grid_phone"), board.gridPhone.empty() ? q(board.communityPhone) : q(board.gridPhone)},
        {QStringLiteral("gs_hotlines"), hotlines.join(QStringLiteral(" · "))},
        {QStringLiteral("gs_party_branch"), board.partyBranch.empty() ? QString() : q(board.partyBranch)},
        {QStringLiteral("gs_print_date"), q(board.printDate)},
    };
    QgsExpressionContextUtils::setLayoutVariables(m_layout, variables);

    if (m_qr) {
      auto matrix = encodeQr(board.qrUrl);
      m_qr->setMatrix(matrix ? std::move(*matrix) : QrMatrix{});
    }
    layoutCards(board);
    layoutBuildingChiefs(board);
    for (QgsLayoutItem* item : items()) {
      auto* label = dynamic_cast<QgsLayoutItemLabel*>(item);
      if (!label || label->customProperty(QStringLiteral("gs_generated")).toBool()) continue;
      const QString fit = label->customProperty(QStringLiteral("gs_fit")).toString();
      const QString source = label->customProperty(QStringLiteral("gs_text")).toString();
      const QgsExpressionContext context = label->createExpressionContext();
      const QString text = QgsExpression::replaceExpressionText(source, &context);
      if (fit.isEmpty())
        label->setText(text);
      else
        fitLabelText(label, text, fit == QLatin1String("wrap") ? FitMode::Wrap : FitMode::Shrink);
    }
  }

 private:
  QList<QgsLayoutItem*> items() const {
    QList<QgsLayoutItem*> all;
    m_layout->layoutItems(all);
    return all;
  }

  QgsLayoutItemLabel* newLabel(double points, bool bold, const QColor& color) {
    auto* label = new QgsLayoutItemLabel(m_layout);
    QFont font(kFont);
    font.setPointSizeF(points);
    font.setBold(bold);
    label->setFont(font);
    label->setFontColor(color);
    label->setMargin(0.4);
    label->setVAlign(Qt::AlignVCenter);
    label->setCustomProperty(QStringLiteral("gs_generated"), true);
    m_layout->addLayoutItem(label);
    return label;
  }

  static QImage photoImage(const Blob& photo) {
    QImage image;
    if (!photo.empty())
      image.loadFromData(photo.data(), static_cast<int>(photo.size()));  // PNG or JPEG; else the silhouette
    return image;
  }

  //! Puts \a item exactly over \a frame (same page position and size), above it.
  static void cover(QgsLayoutItem* item, QgsLayoutItem* frame) {
    item->attemptSetSceneRect(QRectF(frame->pos(), frame->rect().size()));
    item->setZValue(frame->zValue() + 0.5);
  }

  static void place(QgsLayoutItem* item, double x, double y, double w, double h) {
    item->attemptResize(QgsLayoutSize(w, h, QgsUnitTypes::LayoutMillimeters));
    item->attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes::LayoutMillimeters));
  }

  void layoutCards(const BoardContent& board) {
    if (!m_cards) return;
    QVector<StaffCard> cards;
    for (const BoardMember& member : board.members) {
      if (member.roleCode == "BUILDING_LEADER") continue;  // listed in columns below the cards
      StaffCard card;
      card.role = boardRoleName(q(member.roleCode), q(member.positionType));
      if (!member.post.empty() && member.roleCode == "PROPERTY_LEADER")
        card.role += QStringLiteral(" · ") + q(member.post);
      card.name = q(member.name);
      card.phone = member.workPhone.empty() ? QStringLiteral("—") : q(member.workPhone);
      const QString duties =
          member.duties.empty() ? standardDuties(q(member.roleCode), q(member.positionType)) : q(member.duties);
      card.duties = boardText(QT_TRANSLATE_NOOP("BoardPrinter", "Duties: %1")).arg(duties);
      card.photo = photoImage(member.photo);
      cards << card;
    }
    m_cards->setCards(cards);
  }

  void layoutBuildingChiefs(const BoardContent& board) {
    QStringList entries;
    for (const BoardMember& m : board.members)
      if (m.roleCode == "BUILDING_LEADER")
        entries << q(m.post) + QLatin1Char(' ') + q(m.name) + QLatin1Char(' ') + q(m.workPhone);
    for (QgsLayoutItemLabel* label : m_chiefLabels) label->setVisibility(false);
    if (!m_chiefArea) return;
    if (entries.isEmpty())
      entries << boardText(
          QT_TRANSLATE_NOOP("BoardPrinter", "No building chief assigned yet; ask the community office"));
    const QRectF area(m_chiefArea->pos(), m_chiefArea->rect().size());
    const int columns = entries.size() <= 2 ? 1 : entries.size() <= 8 ? 2 : 3;
    const int perColumn = (static_cast<int>(entries.size()) + columns - 1) / columns;
    const double pad = 1.5, w = (area.width() - pad * (columns + 1)) / columns;
    for (int c = 0; c < columns; ++c) {
      while (m_chiefLabels.size() <= c) {
        auto* label = newLabel(m_cardFont * 0.95, false, QColor(0x22, 0x22, 0x22));
        label->setVAlign(Qt::AlignTop);
        m_chiefLabels.push_back(label);
      }
      QgsLayoutItemLabel* label = m_chiefLabels[c];
      label->setVisibility(true);
      place(label, area.left() + pad + c * (w + pad), area.top() + pad, w, area.height() - 2 * pad);
      fitLabelText(label, entries.mid(c * perColumn, perColumn).join(QLatin1Char('\n')), FitMode::Wrap);
    }
  }

  QgsPrintLayout* m_layout;
  bool m_english;
  QgsLayoutItem* m_staffArea = nullptr;
  QgsLayoutItem* m_chiefArea = nullptr;
  StaffCardsItem* m_cards = nullptr;
  QrCodeItem* m_qr = nullptr;
  double m_cardFont = 9;
  QList<QgsLayoutItemLabel*> m_chiefLabels;
};

}  // namespace

QString boardRoleName(const QString& roleCode, const QString& positionType) {
  if (roleCode == QLatin1String("GRID_LEADER")) return boardText(QT_TRANSLATE_NOOP("BoardPrinter", "Grid chief"));
  if (roleCode == QLatin1String("GRID_WORKER"))
    return positionType == QLatin1String("part_time")
               ? boardText(QT_TRANSLATE_NOOP("BoardPrinter", "Part-time grid worker"))
               : boardText(QT_TRANSLATE_NOOP("BoardPrinter", "Full-time grid worker"));
  if (roleCode == QLatin1String("MICRO_GRID_LEADER"))
    return boardText(QT_TRANSLATE_NOOP("BoardPrinter", "Micro-grid chief"));
  if (roleCode == QLatin1String("GRID_INSTRUCTOR"))
    return boardText(QT_TRANSLATE_NOOP("BoardPrinter", "Grid instructor"));
  if (roleCode == QLatin1String("POLICE_OFFICER"))
    return boardText(QT_TRANSLATE_NOOP("BoardPrinter", "Community police officer"));
  if (roleCode == QLatin1String("PARTY_SECRETARY"))
    return boardText(QT_TRANSLATE_NOOP("BoardPrinter", "Party branch secretary"));
  if (roleCode == QLatin1String("PROPERTY_LEADER"))
    return boardText(QT_TRANSLATE_NOOP("BoardPrinter", "Property chief"));
  if (roleCode == QLatin1String("BUILDING_LEADER"))
    return boardText(QT_TRANSLATE_NOOP("BoardPrinter", "Building chief"));
  return roleCode;
}

BoardPrinter::BoardPrinter(Database& database, QString databasePath, Actor actor, const Clock& clock)
    : m_database(database), m_path(std::move(databasePath)), m_actor(std::move(actor)), m_clock(clock) {}

BoardPrinter::~BoardPrinter() = default;

Result<QgsPrintLayout*> BoardPrinter::prepareLayout(QgsProject& project, const std::vector<long long>& gridIds,
                                                    const BoardPrintOptions& options) {
  project.setCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:%1").arg(m_database.srid())));
  QList<QgsMapLayer*> layers;  // top first, as QgsLayoutItemMap wants them
  QString why;
  QgsVectorLayer* grids =
      openTableLayer(m_path, QStringLiteral("grid"), boardText(QT_TRANSLATE_NOOP("BoardPrinter", "Grids")), &why);
  QgsVectorLayer* buildings = grids ? openTableLayer(m_path, QStringLiteral("building"),
                                                     boardText(QT_TRANSLATE_NOOP("BoardPrinter", "Buildings")), &why)
                                    : nullptr;
  if (!grids || !buildings) {
    delete grids;
    return makeError(ErrorCode::Unsupported, "Cannot open the grid and building tables of " + m_path.toStdString() +
                                                 " for printing: " + why.toStdString());
  }
  styleBoardLayers(grids, buildings);
  layers << buildings;
  for (const char* table : {"base_road", "base_water"}) {
    QString error;
    for (const LayerSpec& spec : LayerFactory::hierarchySpecs())
      if (spec.table == QLatin1String(table))
        if (QgsVectorLayer* layer = LayerFactory::createLayer(m_path, spec, &error)) layers << layer;
  }
  layers.insert(layers.size() - 1, grids);  // order (top first): buildings, roads, grids, water
  for (QgsMapLayer* layer : layers) project.addMapLayer(layer);

  QString error;
  const QString templatePath =
      options.templatePath.isEmpty() ? BoardLayout::shippedTemplate(options.paper) : options.templatePath;
  QgsPrintLayout* layout = BoardLayout::load(&project, templatePath, &error);
  if (!layout) return makeError(ErrorCode::InvalidInput, error.toStdString(), {.file = templatePath.toStdString()});
  project.layoutManager()->addLayout(layout);
  if (auto* map = dynamic_cast<QgsLayoutItemMap*>(layout->itemById(QStringLiteral("map")))) {
    map->setLayers(layers);
    map->setKeepLayerSet(true);
    map->setCrs(project.crs());
    map->setAtlasDriven(true);
  }
  QStringList ids;
  for (long long id : gridIds) ids << QString::number(id);
  QgsLayoutAtlas* atlas = layout->atlas();
  atlas->setCoverageLayer(grids);
  atlas->setEnabled(true);
  atlas->setHideCoverage(false);
  atlas->setFilterFeatures(true);
  QString expressionError;
  atlas->setFilterExpression(QStringLiteral("\"id\" IN (%1)").arg(ids.join(QLatin1Char(','))), expressionError);
  atlas->setSortFeatures(true);
  atlas->setSortExpression(QStringLiteral("grid_code"));
  atlas->setFilenameExpression(QStringLiteral("'%1' || \"grid_code\"").arg(boardFilePrefix(options.english)),
                               expressionError);
  return layout;
}

Result<BoardPrintResult> BoardPrinter::print(const std::vector<long long>& gridIds, const QString& outPath,
                                             const BoardPrintOptions& options, QgsFeedback* feedback) {
  if (gridIds.empty()) return makeError(ErrorCode::InvalidInput, "No grids to print.");
  EnglishPrint english(options.english);
  // Layers first: the SpatiaLite provider opens its own connection, which must not meet our write transaction.
  QgsProject project;
  auto prepared = prepareLayout(project, gridIds, options);
  if (!prepared) return prepared.error();
  QgsPrintLayout* layout = *prepared;
  Transaction transaction(m_database);
  if (!transaction.begun()) return transaction.begun().error();
  std::map<long long, BoardContent> boards;
  for (long long id : gridIds) {
    auto board = loadBoardContent(m_database, id, m_actor, m_clock);
    if (!board) return board.error();
    boards.emplace(id, std::move(*board));
  }
  layout->undoStack()->blockCommands(true);  // nobody undoes a print run; saving item states per change is costly
  BoardFiller filler(layout, options.english);
  BoardPrintResult result;
  QObject::connect(layout->atlas(), &QgsLayoutAtlas::featureChanged, layout, [&](const QgsFeature& feature) {
    const long long id = feature.attribute(QStringLiteral("id")).toLongLong();
    auto it = boards.find(id);
    if (it == boards.end()) return;
    filler.fill(it->second);
    result.tokens << q(it->second.qrToken);
    ++result.pages;
  });

  QgsLayoutExporter::PdfExportSettings settings;
  settings.dpi = 200;
  settings.rasterizeWholeImage = false;
  settings.appendGeoreference = false;
  settings.exportMetadata = false;
  settings.textRenderFormat = Qgis::TextRenderFormat::AlwaysText;  // real text: fonts embedded, searchable, sharp
  QString error;
  const QString partial = options.onePdfPerGrid ? QString() : outPath + QStringLiteral(".part");
  QgsLayoutExporter::ExportResult exported;
  if (options.onePdfPerGrid) {
    if (!QDir().mkpath(outPath)) return makeError(ErrorCode::Io, "Cannot create the folder " + outPath.toStdString());
    exported = QgsLayoutExporter::exportToPdfs(layout->atlas(), outPath + QStringLiteral("/board.pdf"), settings, error,
                                               feedback);
    for (const auto& [id, board] : boards)
      result.files << QDir(outPath).filePath(boardFilePrefix(options.english) + q(board.gridCode) +
                                             QStringLiteral(".pdf"));
  } else {
    QFile::remove(partial);
    exported = QgsLayoutExporter::exportToPdf(layout->atlas(), partial, settings, error, feedback);
  }
  if (exported != QgsLayoutExporter::Success || (feedback && feedback->isCanceled())) {
    if (!partial.isEmpty()) QFile::remove(partial);
    if (options.onePdfPerGrid)
      for (const QString& file : result.files) QFile::remove(file);
    if (feedback && feedback->isCanceled())
      return makeError(ErrorCode::Cancelled, "Printing cancelled; nothing was saved.");
    return makeError(
        ErrorCode::Io,
        "Cannot write " + outPath.toStdString() + ": " +
            (error.isEmpty() ? std::string("check the folder exists and is writable") : error.toStdString()),
        {.file = outPath.toStdString()});
  }
  if (!options.onePdfPerGrid) {
    QFile::remove(outPath);
    if (!QFile::rename(partial, outPath))
      return makeError(ErrorCode::Io, "Cannot write " + outPath.toStdString(), {.file = outPath.toStdString()});
    result.files << outPath;
  }
  if (options.recordPublication)
    for (const auto& [id, board] : boards)
      if (auto version = recordBoardPublication(m_database, board, m_actor, m_clock); !version) return version.error();
  if (auto s = transaction.commit(); !s) return s.error();
  return result;
}

}  // namespace grid::app
