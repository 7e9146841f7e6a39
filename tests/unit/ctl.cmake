# Issue 11: floorbridge-ctl's verbs in-process through fb::ctl::run() on a real SQLite station folder — outputs, and
# every verb's refusals → the documented exit code (app/ctl/ExitCodes.h). TestCtl* (integration) run the binary.
fb_add_test(TestCtlVerbs SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestCtlVerbs.cpp LABELS unit LIBS fb_ctl)
