# Packaging: `cpack -G DEB` in a build folder makes floorbridge_<version>_<arch>.deb with the two station programs,
# the desktop entry, the icon and AppStream metadata. Included last by the root CMakeLists.txt.
# The CRM simulator (crm-sim) is a test tool and is not installed. Windows: installer/windows/ (not built here).
include(GNUInstallDirs)

set(FB_APP_ID io.floorbridge.Floorbridge)

install(FILES ${CMAKE_CURRENT_LIST_DIR}/${FB_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/${FB_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
string(TIMESTAMP FB_RELEASE_DATE "%Y-%m-%d" UTC) # honours SOURCE_DATE_EPOCH for reproducible packages
configure_file(${CMAKE_CURRENT_LIST_DIR}/${FB_APP_ID}.metainfo.xml.in ${PROJECT_BINARY_DIR}/${FB_APP_ID}.metainfo.xml
               @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/${FB_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
if(NOT WIN32)
    # HID POS scanners readable by the logged-in user (hidraw); see docs/scanners.md.
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/udev/70-floorbridge-hidpos.rules DESTINATION lib/udev/rules.d)
endif()

if(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/windows/WindowsDeploy.cmake) # NSIS installer; sets up CPack itself
    return()
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME floorbridge)
set(CPACK_PACKAGE_VENDOR "Floorbridge")
set(CPACK_PACKAGE_CONTACT "Floorbridge maintainers <floorbridge@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL "https://floorbridge.example.invalid")
set(CPACK_PACKAGE_INSTALL_DIRECTORY floorbridge)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # floorbridge_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${PROJECT_DESCRIPTION}
 Floorbridge generates and labels serial numbers, inwards and dispatches serialised
 units with USB, serial and HID POS barcode scanners, and runs the service desk.
 Every movement is queued on the station and delivered to both the legacy and the
 new CRM. floorbridge-ctl is the command-line tool for the same station data.")
# Shared libraries the programs link (Qt, QtKeychain, zint, hidapi, spdlog, fmt …) come from dpkg-shlibdeps; what
# Qt loads at run time as plugins, and the keychain daemon QtKeychain talks to over D-Bus, it cannot see.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The Hindi interface needs a Devanagari font: without one every Hindi label is a row of empty boxes.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6, gnome-keyring | kwalletmanager | keepassxc, fonts-noto-core | fonts-deva")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "cups") # label printers on this station go through CUPS
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "poppler-utils")

include(CPack)
