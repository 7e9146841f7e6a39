# Keyboard-wedge scanner: synthetic key events with a fake clock, offscreen.
fb_add_test(TestKeyboardWedge SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestKeyboardWedge.cpp LABELS gui LIBS fb_ui)
# Settings → Scanner: choose and configure the scanner, Apply switches it (socat virtual serial port), state line and
# test area, refusals naming the field, remembered per station.
fb_add_test(TestScannerSettingsPage SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestScannerSettingsPage.cpp LABELS gui
    LIBS fb_ui fb_core TIMEOUT 120)
