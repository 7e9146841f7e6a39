# Issue 10: the window pulls by itself — the pull schedule over a fake network on a fake clock (timing, backoff, no
# token / no address, live settings, no overlap, Pull now's permission, status kept across a restart).
fb_add_test(TestPullScheduler SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestPullScheduler.cpp LABELS unit
    LIBS fb_sync fb_core Qt6::Network)
