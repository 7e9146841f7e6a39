# Stage 2's item models (ui/inward): incremental appends, never a reset per scan.
fb_add_test(TestInwardModel SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestInwardModel.cpp LABELS unit LIBS fb_ui)
