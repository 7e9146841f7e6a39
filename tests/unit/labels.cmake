# Serial label jobs (app/services/LabelJobService): print/reprint audit entries per serial, refusals by role and serial.
fb_add_test(TestLabelJobService SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestLabelJobService.cpp LABELS unit LIBS fb_core)
