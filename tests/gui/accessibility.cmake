# Accessibility sweep over the login screen and every page of the main window.
fb_add_test(TestAccessibility SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestAccessibility.cpp LABELS gui LIBS fb_ui fb_core)
