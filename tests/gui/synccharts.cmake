# Issue 10: the Sync page's 24-hour charts (waiting events and latency per CRM), offscreen, without a CRM.
fb_add_test(TestSyncCharts SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestSyncCharts.cpp LABELS gui LIBS fb_ui fb_core)
