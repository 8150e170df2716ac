# Every dependency is found the ordinary way; a missing one stops the
# configure step with the Debian package that provides it.
function(require found package what)
    if(NOT ${found})
        message(FATAL_ERROR "${what} not found: install it with `apt-get install ${package}`")
    endif()
endfunction()

find_package(Boost 1.74 QUIET COMPONENTS graph)
require(Boost_FOUND libboost-graph-dev "Boost.Graph (>= 1.74)")

find_package(ICU QUIET COMPONENTS uc i18n)
require(ICU_FOUND libicu-dev "ICU (uc, i18n)")

find_package(RapidJSON QUIET CONFIG)
if(RapidJSON_FOUND AND NOT TARGET RapidJSON::RapidJSON)
    add_library(RapidJSON::RapidJSON INTERFACE IMPORTED)
    set_target_properties(RapidJSON::RapidJSON PROPERTIES
        INTERFACE_INCLUDE_DIRECTORIES "${RAPIDJSON_INCLUDE_DIRS}")
endif()
require(RapidJSON_FOUND rapidjson-dev "RapidJSON")

find_package(PkgConfig QUIET)
require(PKG_CONFIG_FOUND pkg-config "pkg-config")
pkg_check_modules(GRAPHVIZ QUIET IMPORTED_TARGET libgvc libcgraph)
require(GRAPHVIZ_FOUND libgraphviz-dev "Graphviz (libgvc, libcgraph)")

find_path(LIBLINEAR_INCLUDE_DIR linear.h)
find_library(LIBLINEAR_LIBRARY linear)
require(LIBLINEAR_LIBRARY liblinear-dev "LIBLINEAR")
require(LIBLINEAR_INCLUDE_DIR liblinear-dev "LIBLINEAR's linear.h")
add_library(LIBLINEAR::LIBLINEAR UNKNOWN IMPORTED)
set_target_properties(LIBLINEAR::LIBLINEAR PROPERTIES
    IMPORTED_LOCATION "${LIBLINEAR_LIBRARY}" INTERFACE_INCLUDE_DIRECTORIES "${LIBLINEAR_INCLUDE_DIR}")

find_package(Threads REQUIRED)

# MPI is optional: without it the binary runs as a single process.
set(ACTORGRAPH_HAVE_MPI OFF)
if(ACTORGRAPH_WITH_MPI)
    find_package(MPI QUIET COMPONENTS C)
    if(MPI_C_FOUND)
        set(ACTORGRAPH_HAVE_MPI ON)
        message(STATUS "MPI found: `mpirun -np N actorgraph analyze ...` shards extraction")
    else()
        message(STATUS "MPI not found (apt-get install libopenmpi-dev openmpi-bin): building without it")
    endif()
endif()

if(ACTORGRAPH_BUILD_TESTS)
    find_package(Catch2 2 QUIET)
    require(Catch2_FOUND catch2 "Catch2 v2")
    include(Catch)
endif()
