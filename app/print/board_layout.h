// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

class QgsPrintLayout;
class QgsProject;

namespace grid::app {

enum class Paper { A3, A4 };

/**
 * The notice-board layout (网格公示牌), A3 or A4 portrait. Items the printer fills are found by id:
 *  - labels whose text uses the board variables: [% @gs_grid_name %], @gs_grid_code, @gs_community, @gs_street,
 *    @gs_scope, @gs_service_hours, @gs_buildings, @gs_households, @gs_supervision_phone, @gs_hotlines,
 *    @gs_party_branch, @gs_print_date, @gs_grid_phone;
 *  - "map" (atlas-driven, neighbouring grids faded by the board styles), "north_arrow", "scale_bar";
 *  - "qr" (a picture: the grid's token URL as a QR code);
 *  - "staff_area" (a frame; staff cards with photos are laid out inside it), "building_chiefs_area".
 * Labels with the custom property gs_fit = shrink|wrap are shrunk (and wrapped) until their text fits.
 * Labels with gs_caption hold a caption in the template's language (Chinese); in English the printer
 * shows the English source text of that caption instead.
 */
class BoardLayout {
 public:
  //! The default design, built in code: `gridctl boards --write-template` saves it for an office to restyle.
  static QgsPrintLayout* createDefault(QgsProject* project, Paper paper);
  //! Loads a .qpt (a restyled template, or the shipped :/print/notice_board_a3.qpt); nullptr with \a error set.
  static QgsPrintLayout* load(QgsProject* project, const QString& path, QString* error);
  //! The shipped template for \a paper.
  static QString shippedTemplate(Paper paper);
  //! Ids of the items a template must have.
  static QStringList requiredItemIds();
};

}  // namespace grid::app
