# fb_sync against real components: the OS keychain (a Secret Service in scripts/with-session.sh's private session)
# and crm-sim over loopback.
fb_add_test(TestKeychain SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestKeychain.cpp LABELS integration
    LIBS fb_sync fb_core Qt6::Network)
