# gongkai_add_test(NAME SOURCES files... LIBS targets...)
# Builds a GoogleTest executable with the project's warnings and registers its cases with CTest.
# Tests find their data files through GONGKAI_TEST_DATA_DIR (tests/data) and the shipped data
# (work calendar) through GONGKAI_DATA_DIR (data).
function(gongkai_add_test name)
  if(NOT GONGKAI_BUILD_TESTS)
    return()
  endif()
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_LIBS} GTest::gmock GTest::gtest_main)
  target_compile_definitions(${name} PRIVATE
    GONGKAI_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
    GONGKAI_DATA_DIR="${PROJECT_SOURCE_DIR}/data"
    GONGKAI_WEB_DIR="${PROJECT_SOURCE_DIR}/web")
  gongkai_set_warnings(${name})
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60)
endfunction()
