# fb_options carries the language standard, warnings, strict Qt defines and sanitizers for every target of ours.
add_library(fb_options INTERFACE)
target_compile_features(fb_options INTERFACE cxx_std_20)
target_compile_options(fb_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow $<$<BOOL:${FB_WERROR}>:-Werror>)
target_compile_definitions(fb_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_UP_TO=0x060400 QT_STRICT_ITERATORS
    FB_VERSION="${PROJECT_VERSION}")
if(FB_SANITIZE)
    string(REPLACE ";" "," _fb_san "${FB_SANITIZE}")
    target_compile_options(fb_options INTERFACE -fsanitize=${_fb_san} -fno-omit-frame-pointer)
    target_link_options(fb_options INTERFACE -fsanitize=${_fb_san})
endif()

find_program(FB_CCACHE ccache)
if(FB_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER ${FB_CCACHE})
endif()

# fb_add_test(NAME SOURCES ... LABELS ... [LIBS ...]): one Qt Test executable registered with CTest, offscreen by default.
function(fb_add_test name)
    cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LABELS;LIBS;ENV" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE fb_options Qt6::Test ${T_LIBS})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
    add_test(NAME ${name} COMMAND ${name})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${T_LABELS}"
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;FB_CRM_SIM=$<TARGET_FILE:crm-sim>;FB_CTL=$<TARGET_FILE:floorbridge-ctl>;FB_GUI=$<TARGET_FILE:floorbridge>;FB_SOURCE_DIR=${PROJECT_SOURCE_DIR};${T_ENV}")
endfunction()
set(CMAKE_RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/bin)

# `cmake --build build --target format` formats every tracked C++ file; `format-check` (also the CheckFormat test, so
# CI runs it) lists the files that are not formatted; `tidy` runs clang-tidy as the CheckTidy test does.
add_custom_target(format COMMAND bash ${PROJECT_SOURCE_DIR}/scripts/check-format.sh --fix
                  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} VERBATIM)
add_custom_target(format-check COMMAND bash ${PROJECT_SOURCE_DIR}/scripts/check-format.sh
                  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} VERBATIM)
add_custom_target(tidy COMMAND bash ${PROJECT_SOURCE_DIR}/scripts/check-tidy.sh ${PROJECT_BINARY_DIR}
                  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} USES_TERMINAL VERBATIM)
