# When forms show their messages (ui/widgets/FormValidation): the rule on a small form of its own. The pages and
# dialogs that use it are tested with their own areas (dispatch, service).
fb_add_test(TestFormValidation SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestFormValidation.cpp LABELS gui LIBS fb_ui fb_core)
