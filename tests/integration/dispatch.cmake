# Stage 3 end to end: the seed's dispatch through the sync engine to crm-sim (compared field by field with seed 000),
# cancellation reaching both CRMs, floorbridge-ctl dispatch and validate. The station's PC runs in New York: the
# payloads still carry the brand's +05:30.
fb_add_test(TestDispatchEndToEnd SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestDispatchEndToEnd.cpp LABELS integration
    LIBS fb_sync fb_core Qt6::Network ENV TZ=America/New_York)
add_dependencies(TestDispatchEndToEnd crm-sim floorbridge-ctl)
fb_add_test(TestValidateCli SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestValidateCli.cpp LABELS integration)
add_dependencies(TestValidateCli floorbridge-ctl)
