# Settings → floor preferences (ui/preferences): text size, scan sound volume/mute, language, label settings.
fb_add_test(TestPreferences SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestPreferences.cpp LABELS gui LIBS fb_ui fb_core)
