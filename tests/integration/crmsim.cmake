# The CRM simulator over loopback: seed 000 validation, idempotency, master-data paging, faults, restarts.
# Included from tests/CMakeLists.txt, so relative paths would be relative to tests/: use this file's folder.
fb_add_test(TestCrmSim SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestCrmSim.cpp
    LABELS integration LIBS Qt6::Network nlohmann_json::nlohmann_json)
add_dependencies(TestCrmSim crm-sim)
