# bench_synchistory: the Sync page's 24-hour charts' queries (SyncHistoryService::lastDay) on 100,000 and 200,000 outbox
# rows, spread over a week and all in the last day. Prints key=value figures; run by hand or by run-bench.sh.
add_executable(bench_synchistory ${CMAKE_CURRENT_LIST_DIR}/bench_synchistory.cpp)
target_link_libraries(bench_synchistory PRIVATE fb_options fb_core Qt6::Core Qt6::Sql)
