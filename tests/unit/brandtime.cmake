# The brand's calendar (brand.timezone, India's by default): serial dates, document numbers and payload timestamps on
# the Indian day with +05:30 whatever zone the PC runs in (the test sets TZ itself: UTC, America/New_York).
fb_add_test(TestBrandTime SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestBrandTime.cpp LABELS unit LIBS fb_core)
