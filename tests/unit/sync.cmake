# fb_sync: outbox delivery side, backoff and classification, delivery over a fake network.
fb_add_test(TestOutboxStore SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestOutboxStore.cpp LABELS unit LIBS fb_core)
