# Issue 6: the Sync page (F7) against crm-sim, offscreen: failed queue, inspect, retry, discard, figures, roles.
fb_add_test(TestSyncPage SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestSyncPage.cpp LABELS gui
    LIBS fb_ui fb_sync fb_core Qt6::Network)
add_dependencies(TestSyncPage crm-sim)
