# Service desk (issue 5) against real components: crm-sim over loopback, the sync engine, floorbridge-ctl.
fb_add_test(TestServiceEndToEnd SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestServiceEndToEnd.cpp LABELS integration
    LIBS fb_sync fb_core Qt6::Network)
add_dependencies(TestServiceEndToEnd crm-sim)
fb_add_test(TestServiceCli SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestServiceCli.cpp LABELS integration LIBS fb_core)
add_dependencies(TestServiceCli floorbridge-ctl)
