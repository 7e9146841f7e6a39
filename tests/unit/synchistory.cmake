# Issue 10: the Sync page's 24-hour history — waiting events rebuilt from the outbox, latency percentiles per hour.
fb_add_test(TestSyncHistory SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestSyncHistory.cpp LABELS unit LIBS fb_core)
