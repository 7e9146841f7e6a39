fb_add_test(TestCtl SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestCtl.cpp LABELS integration LIBS fb_core Qt6::Network)
add_dependencies(TestCtl floorbridge-ctl crm-sim)
fb_add_test(TestSecretsNeverLeak SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestSecretsNeverLeak.cpp LABELS integration
            LIBS fb_core Qt6::Network)
add_dependencies(TestSecretsNeverLeak floorbridge-ctl crm-sim)
