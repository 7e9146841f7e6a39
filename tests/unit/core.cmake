fb_add_test(TestMigrations SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestMigrations.cpp LABELS unit LIBS fb_core)
fb_add_test(TestOperators SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestOperators.cpp LABELS unit LIBS fb_core)
# The action pipeline and the event registry (links fb_sync to check every event has a route in both CRM mappings).
fb_add_test(TestActionPipeline SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestActionPipeline.cpp LABELS unit LIBS fb_sync fb_core)
