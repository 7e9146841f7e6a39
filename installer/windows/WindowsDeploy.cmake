# Windows installer: Qt's deployment script copies the Qt DLLs and plugins next to floorbridge.exe at install time,
# and CPack's NSIS generator wraps the result in Floorbridge-<version>-win64.exe. Kept in the tree; Windows builds
# are not part of CI. Included from installer/CPackConfig.cmake on WIN32 only.
#   cmake -S . -B build-win -G "Visual Studio 17 2022" && cmake --build build-win --config Release
#   cd build-win && cpack -G NSIS -C Release
if(NOT WIN32)
    return()
endif()

# Qt 6.4 spells the output option FILENAME_VARIABLE (6.5 renamed it OUTPUT_SCRIPT). On Windows the script runs
# windeployqt on bin/floorbridge.exe (installed by app/programs) and writes qt.conf.
qt_generate_deploy_app_script(TARGET floorbridge FILENAME_VARIABLE fb_deploy_floorbridge)
install(SCRIPT ${fb_deploy_floorbridge})
# floorbridge-ctl sits next to floorbridge.exe and uses the same deployed Qt DLLs (a subset of the window's).
# windeployqt copies Qt's own DLLs and plugins only: the DLLs of QtKeychain, zint, hidapi, spdlog and fmt have to be
# next to the programs too (vcpkg's app-local deployment puts them in the build folder) — see docs/packaging.md.

# The program's own icon is a Windows resource; floorbridge.ico is resources/icons/io.floorbridge.Floorbridge.svg at
# 16, 24, 32, 48, 64, 128 and 256 px (PNG entries).
target_sources(floorbridge PRIVATE ${CMAKE_CURRENT_LIST_DIR}/floorbridge.rc)

set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_NAME Floorbridge)
set(CPACK_PACKAGE_VENDOR "Floorbridge")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Floorbridge)
set(CPACK_PACKAGE_EXECUTABLES floorbridge Floorbridge) # Start-menu shortcut
set(CPACK_NSIS_PACKAGE_NAME Floorbridge)
set(CPACK_NSIS_DISPLAY_NAME Floorbridge)
set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_LIST_DIR}/floorbridge.ico)   # the installer
set(CPACK_NSIS_MUI_UNIICON ${CMAKE_CURRENT_LIST_DIR}/floorbridge.ico) # the uninstaller
set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\floorbridge.exe)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_URL_INFO_ABOUT "https://floorbridge.example.invalid")
include(CPack)
