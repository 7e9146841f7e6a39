# Every page, for every role, at the default and the large text size, fits a 1366×768 panel; the lock screen's layout.
fb_add_test(TestSmallScreen SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestSmallScreen.cpp LABELS gui LIBS fb_ui fb_core)
