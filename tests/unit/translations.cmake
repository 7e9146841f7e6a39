# No user-visible literal bypasses tr() in ui/ and the window's main() (heuristic grep, resources/translations).
add_test(NAME CheckUntranslated COMMAND bash ${PROJECT_SOURCE_DIR}/resources/translations/check-untranslated.sh)
set_tests_properties(CheckUntranslated PROPERTIES LABELS unit)
