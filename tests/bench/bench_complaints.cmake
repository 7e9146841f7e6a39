# The complaint list on 100,000 complaints: filters and keyset paging (docs/service.md). Prints its figures.
add_executable(bench_complaints ${CMAKE_CURRENT_LIST_DIR}/bench_complaints.cpp)
target_link_libraries(bench_complaints PRIVATE fb_options fb_core)
