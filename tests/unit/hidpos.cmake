# HID POS scanners: recorded input reports under tests/data/hidpos/<case>/ replayed through a fake hidapi backend.
fb_add_test(TestHidPosScanner SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestHidPosScanner.cpp LABELS unit LIBS fb_core)
