# Issue 10: the Sync page's Pulls section and Pull now (Ctrl+Shift+P) against crm-sim, offscreen; the Approvals and
# Generate pages refreshed by a pull that brought something.
fb_add_test(TestSyncPulls SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestSyncPulls.cpp LABELS gui
    LIBS fb_ui fb_sync fb_core Qt6::Network)
add_dependencies(TestSyncPulls crm-sim)
