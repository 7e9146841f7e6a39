# Stage 3 dispatch: the service's rules (scan-out, date-time, e-way bill by value, mode rules, DO numbers, submit
# atomicity, cancellation before and after a CRM got it).
fb_add_test(TestDispatchService SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestDispatchService.cpp LABELS unit LIBS fb_core)
