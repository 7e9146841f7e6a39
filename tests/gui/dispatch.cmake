# The dispatch page by keyboard alone, and the delivery challan as a PDF (checked with pdftotext, rendered to PNG).
fb_add_test(TestDispatchPage SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestDispatchPage.cpp LABELS gui LIBS fb_ui fb_core)
fb_add_test(TestChallan SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestChallan.cpp LABELS gui LIBS fb_ui fb_core)
