# Service desk (issue 5): complaints, part requests, approvals, return orders. ctest -R 'Service|Complaint|Approval|Return'
fb_add_test(TestComplaintService SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestComplaintService.cpp LABELS unit LIBS fb_core)
fb_add_test(TestServicePartRequests SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestServicePartRequests.cpp LABELS unit
    LIBS fb_core)
fb_add_test(TestApprovalRoles SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestApprovalRoles.cpp LABELS unit LIBS fb_core)
fb_add_test(TestReturnOrderService SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestReturnOrderService.cpp LABELS unit
    LIBS fb_core)
