# bench_scan: inward scan-to-commit latency (decode → validate → commit → model row) against a bare SQLite
# INSERT + COMMIT on the same disk with the same pragmas. Built with the project, run by tests/bench/run-bench.sh;
# not a ctest test.
add_executable(bench_scan ${CMAKE_CURRENT_LIST_DIR}/BenchScan.cpp)
target_include_directories(bench_scan PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
target_link_libraries(bench_scan PRIVATE fb_options fb_core Qt6::Core Qt6::Sql)
# The inward page's own model (ui/inward/InwardModel, in fb_ui); OFF: a stand-in appended the same way, for a
# machine where only the core is built.
option(FB_BENCH_INWARD_MODEL "bench_scan appends to the inward page's model (links fb_ui)" ON)
if(FB_BENCH_INWARD_MODEL AND EXISTS ${PROJECT_SOURCE_DIR}/ui/inward/InwardModel.h)
    target_link_libraries(bench_scan PRIVATE fb_ui)
    target_compile_definitions(bench_scan PRIVATE FB_BENCH_INWARD_MODEL)
endif()
