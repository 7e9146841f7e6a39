# fb_sync against real components: the OS keychain (a Secret Service in scripts/with-session.sh's private session)
# and crm-sim over loopback.
fb_add_test(TestKeychain SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestKeychain.cpp LABELS integration
    LIBS fb_sync fb_core Qt6::Network)
fb_add_test(TestDelivery SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestDelivery.cpp LABELS integration
    LIBS fb_sync fb_core Qt6::Network)
add_dependencies(TestDelivery crm-sim)
fb_add_test(TestMasterDataPull SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestMasterDataPull.cpp LABELS integration
    LIBS fb_sync fb_core Qt6::Network)
add_dependencies(TestMasterDataPull crm-sim)
