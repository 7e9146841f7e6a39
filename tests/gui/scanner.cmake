# Keyboard-wedge scanner: synthetic key events with a fake clock, offscreen.
fb_add_test(TestKeyboardWedge SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestKeyboardWedge.cpp LABELS gui LIBS fb_ui)
# Settings → Scanner: choose and configure the scanner, Apply switches it (socat virtual serial port), state line and
# test area, refusals naming the field, remembered per station.
fb_add_test(TestScannerSettingsPage SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestScannerSettingsPage.cpp LABELS gui
    LIBS fb_ui fb_core TIMEOUT 120)
# The same wedge in the real window with real X key events: its own Xvfb, the xcb platform, xdotool typing at a
# scanner's and a person's pace. Fails (never skips) under CI=true when Xvfb or xdotool is missing.
fb_add_test(TestKeyboardWedgeX11 SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestKeyboardWedgeX11.cpp
    ${CMAKE_CURRENT_LIST_DIR}/StagesGui.h LABELS gui LIBS fb_ui fb_core TIMEOUT 180)
