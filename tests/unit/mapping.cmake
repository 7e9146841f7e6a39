# Payload mapping (sync/mapping): golden files in tests/data/mapping/<case>/, admin overrides.
fb_add_test(TestPayloadMapping SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestPayloadMapping.cpp LABELS unit
    LIBS fb_sync fb_core Qt6::Network)
