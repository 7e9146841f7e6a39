# Checks over the source tree rather than behaviour (label lint, part of the default run, so CI runs them).
# The tree is formatted by .clang-format (scripts/check-format.sh; fix with `cmake --build build --target format`).
add_test(NAME CheckFormat COMMAND bash ${PROJECT_SOURCE_DIR}/scripts/check-format.sh)
set_tests_properties(CheckFormat PROPERTIES LABELS lint)
# clang-tidy (.clang-tidy) over the scope and time budget chosen at the top of scripts/check-tidy.sh. It keeps both
# cores busy for several minutes, so ctest runs nothing beside it.
add_test(NAME CheckTidy COMMAND bash ${PROJECT_SOURCE_DIR}/scripts/check-tidy.sh ${PROJECT_BINARY_DIR})
set_tests_properties(CheckTidy PROPERTIES LABELS lint PROCESSORS 2 TIMEOUT 900)
# The layers, from the include lines (scripts/check-layers.sh): pages and verbs call services, SQL stays in storage.
add_test(NAME CheckLayers COMMAND bash ${PROJECT_SOURCE_DIR}/scripts/check-layers.sh)
set_tests_properties(CheckLayers PROPERTIES LABELS lint)
