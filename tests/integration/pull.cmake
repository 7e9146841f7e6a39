# Issue 10: the window pulls by itself — the pull schedule beside the real sync engine against crm-sim over loopback
# (a decision taken in the new CRM arrives on schedule, outages back off and recover, settings set by floorbridge-ctl).
fb_add_test(TestScheduledPull SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestScheduledPull.cpp LABELS integration
    LIBS fb_sync fb_core Qt6::Network)
add_dependencies(TestScheduledPull crm-sim floorbridge-ctl)
