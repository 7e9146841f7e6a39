# Keyboard-wedge scanner: synthetic key events with a fake clock, offscreen.
fb_add_test(TestKeyboardWedge SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestKeyboardWedge.cpp LABELS gui LIBS fb_ui)
