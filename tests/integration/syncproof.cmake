# The sync engine's proofs against crm-sim over loopback (ctest -R 'Chaos|Crash|Outage'): faults, SIGKILL, outage.
add_executable(fb-crash-worker ${CMAKE_CURRENT_LIST_DIR}/CrashWorker.cpp)
target_link_libraries(fb-crash-worker PRIVATE fb_options fb_sync fb_core Qt6::Network Qt6::Test)
target_include_directories(fb-crash-worker PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)

fb_add_test(TestCrashDelivery SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestCrashDelivery.cpp
    LABELS integration LIBS fb_sync fb_core Qt6::Network TIMEOUT 1500 ENV QTEST_FUNCTION_TIMEOUT=1450000)
add_dependencies(TestCrashDelivery crm-sim fb-crash-worker)

fb_add_test(TestChaosDelivery SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestChaosDelivery.cpp
    LABELS integration LIBS fb_sync fb_core Qt6::Network TIMEOUT 900 ENV QTEST_FUNCTION_TIMEOUT=880000)
add_dependencies(TestChaosDelivery crm-sim)

fb_add_test(TestOutageDelivery SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestOutageDelivery.cpp
    LABELS integration LIBS fb_sync fb_core Qt6::Network TIMEOUT 900 ENV QTEST_FUNCTION_TIMEOUT=880000)
add_dependencies(TestOutageDelivery crm-sim)
