# Stages 1 and 2: serial generation (station blocks, restarts, refusals, seed 000's Stage 1 body in the outbox) and
# inward (every refusal code, warn/block, resume, undo/remove, submit with INV ids and seed 000's Stage 2 body, import,
# lookup).
fb_add_test(TestSerialGeneration SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestSerialGeneration.cpp LABELS unit LIBS fb_core)
fb_add_test(TestInwardService SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestInwardService.cpp LABELS unit LIBS fb_core)
