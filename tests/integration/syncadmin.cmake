# Issue 6: a running delivery picks up settings, tokens and pauses changed by floorbridge-ctl (another process).
fb_add_test(TestLiveSettings SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestLiveSettings.cpp LABELS integration
    LIBS fb_sync fb_core Qt6::Network)
add_dependencies(TestLiveSettings crm-sim floorbridge-ctl)
