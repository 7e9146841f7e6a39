fb_add_test(TestMigrations SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestMigrations.cpp LABELS unit LIBS fb_core)
fb_add_test(TestOperators SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestOperators.cpp LABELS unit LIBS fb_core)
