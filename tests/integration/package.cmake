# The .deb: built with cpack from this build folder, installed on this machine (root, as in CI) and run from /usr/bin.
# Part of the default run because CI must prove the package installs; leave it out locally with `ctest -LE package`.
add_test(NAME PackageDeb COMMAND bash ${PROJECT_SOURCE_DIR}/tests/package/check-deb.sh ${PROJECT_BINARY_DIR}
                                 ${PROJECT_VERSION})
set_tests_properties(PackageDeb PROPERTIES LABELS package TIMEOUT 900 RUN_SERIAL ON)
