# The include direction of docs/ARCHITECTURE.md, run as a CTest test
# (tests/CMakeLists.txt): cmake -DSOURCE_DIR=<repo> -P check_include_direction.cmake
# Fails, listing each offending line, if a folder includes one it may not:
#   common/  includes only common/
#   extract/ includes common/ and extract/ (not graphs/, not engine/)
#   graphs/  includes common/ and graphs/ (not extract/, not engine/)
# engine/ may include everything.
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "check_include_direction: pass -DSOURCE_DIR=<repository root>")
endif()

set(forbidden_common "extract/;graphs/;engine/")
set(forbidden_extract "graphs/;engine/")
set(forbidden_graphs "extract/;engine/")

set(violations 0)
set(checked 0)
foreach(folder common extract graphs)
    file(GLOB_RECURSE sources "${SOURCE_DIR}/${folder}/*.hpp" "${SOURCE_DIR}/${folder}/*.cpp")
    list(SORT sources)
    foreach(source ${sources})
        math(EXPR checked "${checked} + 1")
        file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
        foreach(line ${includes})
            string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]*)\".*" "\\1" included "${line}")
            foreach(prefix ${forbidden_${folder}})
                string(FIND "${included}" "${prefix}" at)
                if(at EQUAL 0)
                    file(RELATIVE_PATH where "${SOURCE_DIR}" "${source}")
                    message("${where}: ${folder}/ may not include ${included}")
                    math(EXPR violations "${violations} + 1")
                endif()
            endforeach()
        endforeach()
    endforeach()
endforeach()

if(violations GREATER 0)
    message(FATAL_ERROR "include direction: ${violations} forbidden includes (see docs/ARCHITECTURE.md)")
endif()
message("include direction: ${checked} files of common/, extract/ and graphs/ checked, no forbidden include")
