# English and Hindi translations (resources/translations), compiled into the build by lrelease.
fb_add_test(TestTranslations SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestTranslations.cpp LABELS gui LIBS fb_ui fb_core)
