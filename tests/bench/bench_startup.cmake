# bench_startup: a station with 1,000,000 serials, 200,000 movements and 100,000 outbox rows (generated once and
# cached); time from spawning `floorbridge` to its interactive main window (offscreen), one serial lookup, and peak
# resident memory. Prints key=value figures; run by hand (build/bin/bench_startup), never part of ctest.
add_executable(bench_startup ${CMAKE_CURRENT_LIST_DIR}/BenchStartup.cpp)
target_link_libraries(bench_startup PRIVATE fb_options fb_core Qt6::Core Qt6::Sql)
target_include_directories(bench_startup PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
target_compile_definitions(bench_startup PRIVATE FB_GUI_PATH="$<TARGET_FILE:floorbridge>")
add_dependencies(bench_startup floorbridge)
