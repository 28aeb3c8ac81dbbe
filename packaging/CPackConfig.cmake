# SPDX-License-Identifier: GPL-2.0-or-later
# `cpack -G DEB` in the build folder makes a Debian package of gridstation and gridctl (see the README).
set(CPACK_PACKAGE_NAME gridstation)
set(CPACK_PACKAGE_VENDOR "GridStation")
set(CPACK_PACKAGE_CONTACT "GridStation developers <dev@gridstation.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "GIS workstation for urban grid governance")
set(CPACK_PACKAGE_DESCRIPTION "GridStation keeps the street, community, grid, building, household and
person hierarchy of urban grid governance on a real map: the five ledgers and
three lists, grid redrawing at about 300 households per grid, staff and
party-member links, risk overlays and printed grid notice boards. gridctl is
its command line for imports, exports, validation, printing and benchmarks.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "GridStation developers <dev@gridstation.invalid>")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://example.invalid/gridstation")
# Shared-library dependencies are computed (dpkg-shlibdeps); the providers, fonts and SpatiaLite module are loaded at
# run time, so they are named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qgis-providers, fonts-noto-cjk, libsqlite3-mod-spatialite")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_GENERATOR DEB)
include(CPack)
