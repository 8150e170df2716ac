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

find_package(Threads REQUIRED)

if(ACTORGRAPH_BUILD_TESTS)
    find_package(Catch2 2 QUIET)
    require(Catch2_FOUND catch2 "Catch2 v2")
    include(Catch)
endif()
