# SPDX-License-Identifier: GPL-2.0-or-later
# `cpack -G DEB` in the build folder makes a Debian package of gridstation and gridctl.
set(CPACK_PACKAGE_NAME gridstation)
set(CPACK_PACKAGE_VENDOR "GridStation")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "GIS workstation for urban grid governance (网格工作站)")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "GridStation developers")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qgis-providers, fonts-noto-cjk")
set(CPACK_GENERATOR DEB)
include(CPack)
