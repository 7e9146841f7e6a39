# Stage 1/2 pages (issue 3), offscreen: ctest -R 'InwardPage|GeneratePage|LookupDialog'
fb_add_test(TestInwardPage SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestInwardPage.cpp ${CMAKE_CURRENT_LIST_DIR}/StagesGui.h
    LABELS gui LIBS fb_ui fb_core)
fb_add_test(TestGeneratePage SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestGeneratePage.cpp LABELS gui LIBS fb_ui fb_core)
fb_add_test(TestLookupDialog SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestLookupDialog.cpp LABELS gui LIBS fb_ui fb_core)
