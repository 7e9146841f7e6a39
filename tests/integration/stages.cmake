# Stages 1 and 2 with real components: socat bytes through SerialScanner and the inward service to crm-sim via
# SyncEngine, compared with seed 000 field by field; and a draft surviving SIGKILL of floorbridge-ctl between scans.
fb_add_test(TestStagesEndToEnd SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestStagesEndToEnd.cpp LABELS integration
    LIBS fb_sync fb_core Qt6::Network Qt6::SerialPort TIMEOUT 180)
add_dependencies(TestStagesEndToEnd crm-sim)
fb_add_test(TestDraftCrashResume SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestDraftCrashResume.cpp LABELS integration
    LIBS fb_core TIMEOUT 300)
add_dependencies(TestDraftCrashResume floorbridge-ctl)
