# scripts/demo.sh keeps the demo station and its keyring under ~/.local/share/floorbridge-demo across runs.
add_test(NAME DemoKeepsWork
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/demo-keeps-work.sh ${PROJECT_SOURCE_DIR} $<TARGET_FILE_DIR:floorbridge-ctl>)
set_tests_properties(DemoKeepsWork PROPERTIES LABELS integration TIMEOUT 300)
