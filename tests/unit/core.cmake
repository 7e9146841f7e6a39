fb_add_test(TestMigrations SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestMigrations.cpp LABELS unit LIBS fb_core)
fb_add_test(TestOperators SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestOperators.cpp LABELS unit LIBS fb_core)
# The tree is formatted by .clang-format (scripts/check-format.sh; fix with `cmake --build build --target format`).
add_test(NAME CheckFormat COMMAND bash ${PROJECT_SOURCE_DIR}/scripts/check-format.sh)
set_tests_properties(CheckFormat PROPERTIES LABELS unit)
# The action pipeline and the event registry (links fb_sync to check every event has a route in both CRM mappings).
fb_add_test(TestActionPipeline SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestActionPipeline.cpp LABELS unit LIBS fb_sync fb_core)
# The layers, from the include lines (scripts/check-layers.sh).
add_test(NAME CheckLayers COMMAND bash ${PROJECT_SOURCE_DIR}/scripts/check-layers.sh)
set_tests_properties(CheckLayers PROPERTIES LABELS unit)
