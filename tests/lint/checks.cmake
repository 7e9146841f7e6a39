# Checks over the source tree rather than behaviour (label lint, part of the default run, so CI runs them).
# The tree is formatted by .clang-format (scripts/check-format.sh; fix with `cmake --build build --target format`).
add_test(NAME CheckFormat COMMAND bash ${PROJECT_SOURCE_DIR}/scripts/check-format.sh)
set_tests_properties(CheckFormat PROPERTIES LABELS lint)
# clang-tidy (.clang-tidy, scripts/check-tidy.sh) is run by hand for now, not by CI: on this tree it takes 939 s on
# two cores for its 70 files and reports 34 findings still to fix (issue 11 stays open for it).
# The layers, from the include lines (scripts/check-layers.sh): pages and verbs call services, SQL stays in storage.
add_test(NAME CheckLayers COMMAND bash ${PROJECT_SOURCE_DIR}/scripts/check-layers.sh)
set_tests_properties(CheckLayers PROPERTIES LABELS lint)
