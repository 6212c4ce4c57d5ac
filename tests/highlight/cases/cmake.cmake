cmake_minimum_required(VERSION 3.16)
project(kiln_native VERSION 1.0 LANGUAGES C CXX)

# Options
option(KILN_TESTS "Build the tests" ON)
set(SOURCES src/main.c src/resize.c)
#[[ A bracket
comment ]]
set(DOC [=[bracket string with ${NOT_EXPANDED}]=])

if(KILN_TESTS AND NOT WIN32)
  enable_testing()
  add_executable(kiln_tests tests/main.c)
  target_link_libraries(kiln_tests PRIVATE m)
endif()

message(STATUS "Building ${PROJECT_NAME} ${PROJECT_VERSION} in \"${CMAKE_BINARY_DIR}\"")
my_custom_function(arg1 arg2)
