# Reconciliation (issue 6 item 7) against real parts: station database file, the stock services, the sync engine,
# crm-sim over loopback (its per-serial read endpoints), floorbridge-ctl reconcile.
fb_add_test(TestReconciliation SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestReconciliation.cpp LABELS integration
    LIBS fb_sync fb_core Qt6::Network)
add_dependencies(TestReconciliation crm-sim floorbridge-ctl)
