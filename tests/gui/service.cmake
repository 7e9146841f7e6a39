# Service desk pages (issue 5), offscreen: ctest -R 'Service|Complaint|Approval|Return'
fb_add_test(TestServiceRegisterPage SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestServiceRegisterPage.cpp LABELS gui
    LIBS fb_ui fb_core)
fb_add_test(TestApprovalPage SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestApprovalPage.cpp LABELS gui LIBS fb_ui fb_core)
fb_add_test(TestComplaintListModel SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestComplaintListModel.cpp LABELS gui
    LIBS fb_ui fb_core)
fb_add_test(TestServicePartsAndReturns SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestServicePartsAndReturns.cpp LABELS gui
    LIBS fb_ui fb_core)
