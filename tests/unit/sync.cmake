# fb_sync: outbox delivery side, backoff and classification, delivery over a fake network.
fb_add_test(TestOutboxStore SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestOutboxStore.cpp LABELS unit LIBS fb_core)
fb_add_test(TestBackoff SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestBackoff.cpp LABELS unit LIBS fb_sync fb_core Qt6::Network)
fb_add_test(TestDeliveryFakeNam SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestDeliveryFakeNam.cpp LABELS unit
    LIBS fb_sync fb_core Qt6::Network)
