# Scanner decoding: golden-file folders under tests/data/decode, one per case.
fb_add_test(TestScanDecoder SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestScanDecoder.cpp LABELS unit LIBS fb_core)
# Settings → Scanner in the core: validation naming the field, admin-only save, all or nothing with its audit entry.
fb_add_test(TestScannerSettingsService SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestScannerSettingsService.cpp LABELS unit
    LIBS fb_core)
