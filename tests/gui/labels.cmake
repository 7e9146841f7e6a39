# Serial labels (ui/labels): zint's encoding, the bars on the rendered label, PDF text via pdftotext/pdfinfo.
fb_add_test(TestLabelRenderer SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestLabelRenderer.cpp LABELS gui LIBS fb_ui fb_core)
target_include_directories(TestLabelRenderer PRIVATE ${ZINT_INCLUDE_DIR})
target_link_libraries(TestLabelRenderer PRIVATE ${ZINT_LIB})
# Labels from the generate page (Ctrl+P / Ctrl+S after a batch) and the serial lookup (reprint), audit-logged.
fb_add_test(TestLabelJobs SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestLabelJobs.cpp ${CMAKE_CURRENT_LIST_DIR}/StagesGui.h
    LABELS gui LIBS fb_ui fb_core)
