# Issue 6: the Sync page's core service (permissions, reasons, audit) and when delivery trouble is told to the operator.
fb_add_test(TestSyncAdminService SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestSyncAdminService.cpp LABELS unit LIBS fb_core)
fb_add_test(TestSyncAlerts SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestSyncAlerts.cpp LABELS unit LIBS fb_ui fb_core)
