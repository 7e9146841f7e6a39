# Issue 10: the window pulls by itself — the pull schedule beside the real sync engine against crm-sim over loopback
# (a decision taken in the new CRM arrives on schedule, outages back off and recover, settings set by floorbridge-ctl).
fb_add_test(TestScheduledPull SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestScheduledPull.cpp LABELS integration
    LIBS fb_sync fb_core Qt6::Network)
add_dependencies(TestScheduledPull crm-sim floorbridge-ctl)

# Issue 12: pulls lose nothing and apply once (keyset pages, a change mid-pull, malformed pages, a stuck cursor), and a
# supervisor's decision racing one pulled from the new CRM yields exactly one decision — crm-sim over loopback.
fb_add_test(TestPullsLoseNothing SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestPullsLoseNothing.cpp LABELS integration
    LIBS fb_sync fb_core Qt6::Network)
add_dependencies(TestPullsLoseNothing crm-sim)
fb_add_test(TestDecisionRace SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestDecisionRace.cpp LABELS integration
    LIBS fb_sync fb_core Qt6::Network)
add_dependencies(TestDecisionRace crm-sim)
