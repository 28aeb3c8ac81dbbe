// SPDX-License-Identifier: GPL-2.0-or-later
// Notice boards and door plates end to end: PDF pages, embedded CJK fonts, QR codes that decode to the stored
// tokens, control images, revocation, cancel, and text that never overflows its box.
#include <gtest/gtest.h>
#include <qgsapplication.h>
#include <qgsfeedback.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoututils.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsreadwritecontext.h>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cmath>
#include <cstring>

#include "boards/notice_board.h"
#include "checks/risk_summary.h"
#include "core/translation.h"
#include "print/board_layout.h"
#include "print/board_printer.h"
#include "print/panorama_printer.h"
#include "print/plate_printer.h"
#include "print/text_fit.h"
#include "storage/qr_token_repository.h"
#include "support/render_check.h"
#include "support/test_support.h"

namespace grid::test {
namespace {

const Actor kOffice = Actor::system("print-test");

QString run(const QString& program, const QStringList& arguments, int* exitCode = nullptr) {
  QProcess process;
  process.start(program, arguments);
  process.waitForFinished(120000);
  if (exitCode) *exitCode = process.exitCode();
  return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString& pdf) {
  const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
  return pages.match(run(QStringLiteral("pdfinfo"), {pdf})).captured(1).toInt();
}

//! Page \a page of \a pdf as a PNG at \a dpi.
QString rasterise(const QString& pdf, int page, int dpi) {
  const QString prefix = pdf + QStringLiteral("-p%1-%2").arg(page).arg(dpi);
  run(QStringLiteral("pdftoppm"),
      {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
       QString::number(page), QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf, prefix});
  return prefix + QStringLiteral(".png");
}

QStringList decodeQr(const QString& png) {
  QStringList codes = run(QStringLiteral("zbarimg"), {QStringLiteral("-q"), QStringLiteral("--raw"), png})
                          .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
  codes.sort();
  return codes;
}

class PrintTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto generated = createGeneratedDatabase(dir, clock, kOffice);
    ASSERT_TRUE(generated.db && generated.key);
    db = std::move(generated.db);
    cipher = std::move(generated.key);
    // Fixed tokens, so the pages (and their QR codes) are the same in every run and match the control image.
    ASSERT_TRUE(
        db->exec("UPDATE qr_token SET token = printf('fixedtesttoken%012d', target_id) WHERE scope = 'grid'").ok());
    community = *db->queryText("SELECT admin_code FROM community ORDER BY id LIMIT 1");
    grids = *boardGrids(*db, {.communityCode = community});
  }
  QString out(const QString& name) const { return QString::fromStdString(dir.file(name.toStdString())); }
  QString dbPath() const { return QString::fromStdString(dir.file("test.sqlite")); }
  std::string tokenOf(long long gridId) {
    auto token = QrTokenRepository(*db, clock).active("grid", gridId);
    return token.ok() && *token ? (*token)->token : std::string();
  }

  TempDir dir;
  FixedClock clock{"2026-11-20T09:00:00Z"};
  std::unique_ptr<Database> db;
  std::unique_ptr<FieldCipher> cipher;
  std::string community;
  std::vector<long long> grids;
};

TEST_F(PrintTest, EveryGridOfTheCommunityGetsAPageWithEmbeddedCjkFontsAndItsQrCode) {
  ASSERT_GE(grids.size(), 2u);
  app::BoardPrinter printer(*db, dbPath(), kOffice, clock);
  const QString pdf = out(QStringLiteral("boards.pdf"));
  auto result = printer.print(grids, pdf, {}, nullptr);
  ASSERT_TRUE(result.ok()) << result.error().describe();
  EXPECT_EQ(result->pages, static_cast<int>(grids.size()));
  EXPECT_EQ(pdfPages(pdf), static_cast<int>(grids.size()));
  EXPECT_FALSE(QFile::exists(pdf + QStringLiteral(".part")));

  const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
  EXPECT_TRUE(
      fonts.contains(QRegularExpression(QStringLiteral("NotoSansCJKsc-\\w+\\s+CID TrueType\\s+Identity-H\\s+yes"))))
      << qPrintable(fonts);

  // Page order is grid-code order, as boardGrids returns them; each page's QR code holds that grid's token URL.
  for (std::size_t page = 0; page < std::min<std::size_t>(grids.size(), 3); ++page) {
    const QStringList codes = decodeQr(rasterise(pdf, static_cast<int>(page) + 1, 100));
    ASSERT_EQ(codes.size(), 1) << "page " << page + 1;
    EXPECT_EQ(codes.front().toStdString(), std::string(kDefaultQrUrlBase) + tokenOf(grids[page]));
  }
  EXPECT_EQ(count(*db, "SELECT count(*) FROM notice_board"), static_cast<long long>(grids.size()));

  QString message;
  EXPECT_TRUE(matchesControl(QImage(rasterise(pdf, 1, 40)), QStringLiteral("notice_board_a3_p1"), &message, 40, 0.02))
      << qPrintable(message);
}

TEST_F(PrintTest, StaffPhotosArePrintedInTheirCardsWithoutDistortion) {
  // A 2:1 magenta photo for every staff member: each card shows it, scaled to fit its box, never stretched.
  QImage photo(200, 100, QImage::Format_RGB32);
  photo.fill(QColor(255, 0, 255));
  QByteArray png;
  QBuffer buffer(&png);
  buffer.open(QIODevice::WriteOnly);
  ASSERT_TRUE(photo.save(&buffer, "PNG"));
  auto update = db->prepare("UPDATE staff SET photo = ?");
  ASSERT_TRUE(update.ok());
  update->bind(1, Value(Blob(png.begin(), png.end())));
  ASSERT_TRUE(update->run().ok());

  app::BoardPrinter printer(*db, dbPath(), kOffice, clock);
  const QString pdf = out(QStringLiteral("photos.pdf"));
  auto result = printer.print({grids.front()}, pdf, {}, nullptr);
  ASSERT_TRUE(result.ok()) << result.error().describe();
  const QImage page(rasterise(pdf, 1, 60));
  ASSERT_FALSE(page.isNull());
  auto magenta = [&](int x, int y) {
    const QColor c = page.pixelColor(x, y);
    return c.red() > 230 && c.green() < 40 && c.blue() > 230;
  };
  int pixels = 0, firstX = -1, firstY = -1;
  for (int y = 0; y < page.height(); ++y)
    for (int x = 0; x < page.width(); ++x)
      if (magenta(x, y)) {
        ++pixels;
        if (firstX < 0) firstX = x, firstY = y;
      }
  auto board = loadBoardContent(*db, grids.front(), kOffice, clock);
  ASSERT_TRUE(board.ok());
  long long cards = 0;
  for (const BoardMember& member : board->members) cards += member.roleCode != "BUILDING_LEADER";
  ASSERT_GT(cards, 0);
  ASSERT_GE(firstX, 0) << "no photo on the page";
  int width = 0, height = 0;
  while (magenta(firstX + width, firstY)) ++width;
  while (magenta(firstX, firstY + height)) ++height;
  EXPECT_NEAR(static_cast<double>(width) / height, 2.0, 0.25) << width << "×" << height;
  EXPECT_NEAR(static_cast<double>(pixels), static_cast<double>(cards * width * height), 0.25 * cards * width * height)
      << "one photo per card (" << cards << " cards)";
}

TEST_F(PrintTest, EnglishA4BoardsPerGridFiles) {
  app::BoardPrinter printer(*db, dbPath(), kOffice, clock);
  app::BoardPrintOptions options;
  options.paper = app::Paper::A4;
  options.english = true;
  options.onePdfPerGrid = true;
  const std::vector<long long> two(grids.begin(), grids.begin() + 2);
  auto result = printer.print(two, out(QStringLiteral("per-grid")), options, nullptr);
  ASSERT_TRUE(result.ok()) << result.error().describe();
  ASSERT_EQ(result->files.size(), 2);
  for (const QString& file : result->files) {
    ASSERT_TRUE(QFile::exists(file)) << qPrintable(file);
    EXPECT_EQ(pdfPages(file), 1);
    const QString info = run(QStringLiteral("pdfinfo"), {file});
    EXPECT_TRUE(info.contains(QStringLiteral("595 x 842"))) << "A4 portrait: " << qPrintable(info);
  }
  QString message;
  EXPECT_TRUE(matchesControl(QImage(rasterise(result->files.front(), 1, 50)), QStringLiteral("notice_board_a4_en"),
                             &message, 40, 0.02))
      << qPrintable(message);
}

TEST_F(PrintTest, RevokedTokenIsReplacedOnTheNextPrint) {
  const std::string old = tokenOf(grids.front());
  ASSERT_FALSE(old.empty());
  ASSERT_TRUE(QrTokenRepository(*db, clock).revoke(old, kOffice, "board stolen").ok());
  app::BoardPrinter printer(*db, dbPath(), kOffice, clock);
  const QString pdf = out(QStringLiteral("reprint.pdf"));
  auto result = printer.print({grids.front()}, pdf, {}, nullptr);
  ASSERT_TRUE(result.ok()) << result.error().describe();
  const std::string fresh = tokenOf(grids.front());
  EXPECT_NE(fresh, old);
  const QStringList codes = decodeQr(rasterise(pdf, 1, 100));
  ASSERT_EQ(codes.size(), 1);
  EXPECT_EQ(codes.front().toStdString(), std::string(kDefaultQrUrlBase) + fresh);
  EXPECT_EQ(count(*db, "SELECT count(*) FROM qr_token WHERE token = '" + old + "' AND revoked_at IS NOT NULL"), 1);
}

TEST_F(PrintTest, CancelledPrintLeavesNoFileAndNoWrites) {
  ASSERT_TRUE(
      QrTokenRepository(*db, clock).revoke(tokenOf(grids.front()), kOffice, "").ok());  // printing would issue one
  const long long tokens = count(*db, "SELECT count(*) FROM qr_token");
  const long long audits = count(*db, "SELECT count(*) FROM audit_log");
  QgsFeedback feedback;
  feedback.cancel();
  app::BoardPrinter printer(*db, dbPath(), kOffice, clock);
  const QString pdf = out(QStringLiteral("cancelled.pdf"));
  auto result = printer.print(grids, pdf, {}, &feedback);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
  EXPECT_FALSE(QFile::exists(pdf));
  EXPECT_FALSE(QFile::exists(pdf + QStringLiteral(".part")));
  EXPECT_EQ(count(*db, "SELECT count(*) FROM qr_token"), tokens);
  EXPECT_EQ(count(*db, "SELECT count(*) FROM audit_log"), audits);
  EXPECT_EQ(count(*db, "SELECT count(*) FROM notice_board"), 0);
}

TEST_F(PrintTest, LongNamesShrinkOrWrapInsideTheirBoxes) {
  QgsProject project;
  QgsPrintLayout layout(&project);
  layout.initializeDefaults();
  auto* label = new QgsLayoutItemLabel(&layout);
  layout.addLayoutItem(label);
  QFont font(QStringLiteral("Noto Sans CJK SC"));
  font.setPointSizeF(40);
  label->setFont(font);
  label->setMargin(1);
  label->attemptResize(QgsLayoutSize(120, 30, QgsUnitTypes::LayoutMillimeters));
  const QString longName = QStringLiteral("深圳市南山区粤海街道科技园社区高新技术产业园区第十二综合网格");
  const double shrunk = app::fitLabelText(label, longName, app::FitMode::Shrink);
  EXPECT_LT(shrunk, 40);
  EXPECT_GE(shrunk, 20 - 1e-6);
  for (const QString& line : label->text().split(QLatin1Char('\n')))
    EXPECT_LE(QgsLayoutUtils::textWidthMM(label->font(), line), 120 - 2);
  EXPECT_LE(app::fittedTextHeight(label, static_cast<int>(label->text().split(QLatin1Char('\n')).size())),
            30 - 2 + 0.01);
  EXPECT_EQ(QString(label->text()).remove(QLatin1Char('\n')), longName)
      << "nothing cut when wrapping at half size fits";
  // Refit with a short name: back to the base size.
  EXPECT_DOUBLE_EQ(app::fitLabelText(label, QStringLiteral("第1网格"), app::FitMode::Shrink), 40);

  // Wrapped duties (a fresh 9 pt label): every line fits the width and all lines fit the height.
  label = new QgsLayoutItemLabel(&layout);
  layout.addLayoutItem(label);
  font.setPointSizeF(9);
  label->setFont(font);
  label->setMargin(1);
  label->attemptResize(QgsLayoutSize(50, 12, QgsUnitTypes::LayoutMillimeters));
  const QString duties = QStringLiteral("信息采集、日常巡查、隐患排查、矛盾调解、服务群众、政策宣传、特殊人群服务管理");
  app::fitLabelText(label, duties, app::FitMode::Wrap);
  const QStringList lines = label->text().split(QLatin1Char('\n'));
  EXPECT_GT(lines.size(), 1);
  for (const QString& line : lines)
    EXPECT_LE(QgsLayoutUtils::textWidthMM(label->font(), line), 50 - 2) << qPrintable(line);
  EXPECT_LE(app::fittedTextHeight(label, static_cast<int>(lines.size())), 12 - 2 + 0.01);
  // Far too much text for the box: cut with an ellipsis, still inside.
  app::fitLabelText(label, duties.repeated(10), app::FitMode::Wrap);
  EXPECT_TRUE(label->text().endsWith(QStringLiteral("…")));
  EXPECT_LE(app::fittedTextHeight(label, static_cast<int>(label->text().split(QLatin1Char('\n')).size())),
            12 - 2 + 0.01);
}

TEST_F(PrintTest, ALongGridNameStillPrints) {
  ASSERT_TRUE(db->exec("UPDATE grid SET name = '深圳市南山区粤海街道科技园社区高新技术产业园区第十二综合网格（试点）' "
                       "WHERE id = " +
                       std::to_string(grids.front()))
                  .ok());
  app::BoardPrinter printer(*db, dbPath(), kOffice, clock);
  const QString pdf = out(QStringLiteral("long.pdf"));
  ASSERT_TRUE(printer.print({grids.front()}, pdf, {}, nullptr).ok());
  // NFKC: poppler maps some Noto CJK glyphs to Kangxi radicals (⽹ for 网).
  const QString text =
      run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).normalized(QString::NormalizationForm_KC);
  EXPECT_TRUE(QString(text)
                  .remove(QRegularExpression(QStringLiteral("\\s")))
                  .contains(QStringLiteral("第十二综合网格（试点）").normalized(QString::NormalizationForm_KC)))
      << "the whole name is printed (shrunk or wrapped, not cut)";
}

TEST_F(PrintTest, TemplatesShipWithEveryRequiredItemAndABrokenOneIsNamed) {
  QgsProject project;
  for (app::Paper paper : {app::Paper::A3, app::Paper::A4}) {
    QString error;
    std::unique_ptr<QgsPrintLayout> layout(
        app::BoardLayout::load(&project, app::BoardLayout::shippedTemplate(paper), &error));
    ASSERT_TRUE(layout) << qPrintable(error);
  }
  // An office's template without the map: a clear message naming what is missing.
  std::unique_ptr<QgsPrintLayout> layout(app::BoardLayout::createDefault(&project, app::Paper::A3));
  layout->removeLayoutItem(layout->itemById(QStringLiteral("map")));
  const QString broken = out(QStringLiteral("broken.qpt"));
  ASSERT_TRUE(layout->saveAsTemplate(broken, QgsReadWriteContext()));
  QString error;
  EXPECT_EQ(app::BoardLayout::load(&project, broken, &error), nullptr);
  EXPECT_TRUE(error.contains(QStringLiteral("map"))) << qPrintable(error);
  app::BoardPrinter printer(*db, dbPath(), kOffice, clock);
  app::BoardPrintOptions options;
  options.templatePath = broken;
  auto result = printer.print(grids, out(QStringLiteral("x.pdf")), options, nullptr);
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.error().describe().find("broken.qpt"), std::string::npos);
}

TEST_F(PrintTest, DoorPlatesHoldHouseholdTokensOnLabelSheets) {
  const long long households =
      count(*db, "SELECT count(*) FROM household WHERE logout = 0 AND grid_id = " + std::to_string(grids.front()));
  ASSERT_GT(households, 24);
  const QString pdf = out(QStringLiteral("plates.pdf"));
  int lastDone = -1;
  auto result = app::printDoorPlates(*db, {grids.front()}, pdf, {}, kOffice, clock, [&](int done, int) {
    lastDone = done;
    return true;
  });
  ASSERT_TRUE(result.ok()) << result.error().describe();
  EXPECT_EQ(result->plates, households);
  EXPECT_EQ(lastDone, households);
  EXPECT_EQ(pdfPages(pdf), static_cast<int>((households + 23) / 24));
  EXPECT_EQ(count(*db, "SELECT count(*) FROM qr_token WHERE scope = 'household' AND revoked_at IS NULL"), households);
  const QStringList codes = decodeQr(rasterise(pdf, 1, 200));
  EXPECT_EQ(codes.size(), 24);
  for (const QString& code : codes) {
    ASSERT_TRUE(code.startsWith(QLatin1String(kDefaultQrUrlBase)));
    const std::string token = code.mid(static_cast<int>(std::strlen(kDefaultQrUrlBase))).toStdString();
    EXPECT_EQ(
        count(*db, "SELECT count(*) FROM qr_token WHERE scope = 'household' AND revoked_at IS NULL AND token = '" +
                       token + "'"),
        1);
  }
  // Printing again reuses the tokens; cancelling writes nothing.
  ASSERT_TRUE(app::printDoorPlates(*db, {grids.front()}, pdf, {}, kOffice, clock).ok());
  EXPECT_EQ(count(*db, "SELECT count(*) FROM qr_token WHERE scope = 'household'"), households);
  auto cancelled = app::printDoorPlates(*db, {grids.front()}, out(QStringLiteral("c.pdf")), {}, kOffice, clock,
                                        [](int, int) { return false; });
  ASSERT_FALSE(cancelled.ok());
  EXPECT_EQ(cancelled.error().code, ErrorCode::Cancelled);
  EXPECT_FALSE(QFile::exists(out(QStringLiteral("c.pdf"))));
}

}  // namespace
TEST_F(PrintTest, RiskPanoramaIsAnA3LandscapePageWithTheFourColoursAndTheCountsTable) {
  const QString pdf = out(QStringLiteral("panorama.pdf"));
  app::PanoramaPrinter printer(dbPath());
  QString error;
  ASSERT_TRUE(printer.print(QString::fromStdString(community), pdf, &error)) << qPrintable(error);
  EXPECT_EQ(pdfPages(pdf), 1);
  const QString info = run(QStringLiteral("pdfinfo"), {pdf});
  const QRegularExpressionMatch size =
      QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts \\(A3\\)")).match(info);
  ASSERT_TRUE(size.hasMatch()) << "A3: " << info.toStdString();
  EXPECT_GT(size.captured(1).toDouble(), size.captured(2).toDouble()) << "landscape";
  // The counts table: every grid and a total whose score is the database's.
  auto risk = loadCommunityRisk(*db, community);
  ASSERT_TRUE(risk.ok());
  const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
                           .normalized(QString::NormalizationForm_KC);
  EXPECT_TRUE(text.contains(QString::fromStdString(risk->communityName))) << text.toStdString();
  EXPECT_TRUE(text.contains(QString::number(risk->total.score))) << "total score " << risk->total.score;
  EXPECT_TRUE(text.contains(QStringLiteral("Total")) || text.contains(QStringLiteral("合计"))) << text.toStdString();
  // The map is not blank: buildings and places in their risk colours, and a blue-only filter keeps only blue.
  auto countNear = [](const QImage& image, const QColor& colour) {
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
      for (int x = 0; x < image.width() * 7 / 10; ++x) {  // the map side only
        const QColor c = image.pixelColor(x, y);
        if (std::abs(c.red() - colour.red()) < 12 && std::abs(c.green() - colour.green()) < 12 &&
            std::abs(c.blue() - colour.blue()) < 12)
          ++n;
      }
    return n;
  };
  const QColor orange(0xf2, 0x8c, 0x28), blueFill(0x2c, 0x7b, 0xb6);
  const QImage page(rasterise(pdf, 1, 60));
  ASSERT_FALSE(page.isNull());
  const int orangeAll = countNear(page, orange);
  EXPECT_GT(orangeAll, 50) << "orange-risk buildings and places on the map";
  EXPECT_GT(countNear(page, blueFill), 50);
  const QString bluePdf = out(QStringLiteral("panorama-blue.pdf"));
  app::RiskFilter blue;
  blue.colours = QStringList{QStringLiteral("blue")};
  printer.setFilter(blue);
  ASSERT_TRUE(printer.print(QString::fromStdString(community), bluePdf, &error)) << qPrintable(error);
  const QImage bluePage(rasterise(bluePdf, 1, 60));
  EXPECT_LT(countNear(bluePage, orange), orangeAll / 10) << "the filter removes the orange items";
  EXPECT_GT(countNear(bluePage, blueFill), 50);
  // An unknown community is named and nothing is written.
  const QString missing = out(QStringLiteral("missing.pdf"));
  EXPECT_FALSE(printer.print(QStringLiteral("000000000000"), missing, &error));
  EXPECT_TRUE(error.contains(QStringLiteral("000000000000")));
  EXPECT_FALSE(QFile::exists(missing));
}

}  // namespace grid::test
