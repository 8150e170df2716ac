# embed_files(OUTPUT FUNCTION BASE FILES...): a custom command that turns
# FILES into a C++ source (see embed_files.cmake), re-run when a file changes.
function(embed_files output function base)
    set(inputs ${ARGN})
    string(REPLACE ";" "\\;" inputs_arg "${inputs}")
    add_custom_command(
        OUTPUT "${output}"
        COMMAND "${CMAKE_COMMAND}" "-DOUTPUT=${output}" "-DFUNCTION=${function}"
                "-DBASE=${base}" "-DINPUTS=${inputs_arg}"
                -P "${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake"
        DEPENDS ${inputs} "${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake"
        COMMENT "Embedding ${function}"
        VERBATIM)
endfunction()
