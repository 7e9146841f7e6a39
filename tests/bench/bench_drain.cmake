# bench_drain: the delivery loop draining 20,000 queued events to crm-sim answering after a fixed latency, against
# the ideal concurrency / latency and against curl --parallel on the same endpoint (docs/sync.md). Prints key=value
# figures ending with drain_vs_ideal=…; run by hand or by tests/bench/run-bench.sh, never part of ctest.
add_executable(bench_drain ${CMAKE_CURRENT_LIST_DIR}/bench_drain.cpp)
target_link_libraries(bench_drain PRIVATE fb_options fb_sync fb_core Qt6::Core Qt6::Network Qt6::Sql Qt6::Test)
target_include_directories(bench_drain PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
target_compile_definitions(bench_drain PRIVATE FB_CRM_SIM_PATH="$<TARGET_FILE:crm-sim>")
add_dependencies(bench_drain crm-sim)
