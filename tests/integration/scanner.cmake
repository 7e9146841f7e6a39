# Serial scanner over a socat virtual serial port pair: framing, split writes, unplug and replug.
fb_add_test(TestSerialScanner SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestSerialScanner.cpp LABELS integration LIBS fb_core
    TIMEOUT 120)
