fb_add_test(TestShell SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestShell.cpp LABELS gui LIBS fb_ui fb_core)
