# The layering rules of vmscope, checked over the source tree (ctest: layers_includes).
#   cmake -DSOURCE_DIR=<repo> -P check_includes.cmake
# Exits non-zero and names each file and line that breaks a rule:
#   - core and workload are plain C++: no Qt header (<Q...>, <qcustomplot.h>), no widgets/ or app/.
#   - core's folders are layers and include only earlier ones (or themselves):
#       model -> parse -> io -> analysis -> format -> read -> sampling -> teaching
#     so the parsers never read files and the rules never depend on how bytes were fetched.
#   - core never includes workload/ (Boost.Process stays out of the /proc library).
#   - widgets never include app/; vmscope-cli (app/cli) includes no Qt and no widgets/.
cmake_minimum_required(VERSION 3.22)
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "usage: cmake -DSOURCE_DIR=<repository> -P check_includes.cmake")
endif()

set(core_layers model parse io analysis format read sampling teaching)
set(violations 0)

function(report file line why)
    file(RELATIVE_PATH relative "${SOURCE_DIR}" "${file}")
    message("${relative}: #include ${line}: ${why}")
    math(EXPR count "${violations} + 1")
    set(violations ${count} PARENT_SCOPE)
endfunction()

# The quoted or angled name of every #include in a file.
function(read_includes file out)
    file(STRINGS "${file}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
    set(names)
    foreach(line IN LISTS lines)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*([<\"][^>\"]*[>\"]).*$" "\\1" name "${line}")
        list(APPEND names "${name}")
    endforeach()
    set(${out} "${names}" PARENT_SCOPE)
endfunction()

macro(check_no_qt file name)
    if(name MATCHES "^<Q[A-Za-z]*(/.*)?>$" OR name MATCHES "^<qcustomplot" OR name MATCHES "^<qt")
        report("${file}" "${name}" "a Qt header in plain C++ code")
    endif()
endmacro()

# core
file(GLOB_RECURSE core_files "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp")
foreach(file IN LISTS core_files)
    file(RELATIVE_PATH relative "${SOURCE_DIR}/core" "${file}")
    string(REGEX MATCH "^[^/]+/" folder "${relative}")
    string(REPLACE "/" "" folder "${folder}")
    set(allowed)
    if(folder)
        list(FIND core_layers "${folder}" position)
        if(position LESS 0)
            report("${file}" "(none)" "core/${folder} is not a known layer; add it to core_layers in tests/layers/check_includes.cmake")
            continue()
        endif()
        list(SUBLIST core_layers 0 ${position} allowed)
        list(APPEND allowed "${folder}")
    else()
        set(allowed ${core_layers})
    endif()
    read_includes("${file}" names)
    foreach(name IN LISTS names)
        check_no_qt("${file}" "${name}")
        if(name MATCHES "^\"(widgets|app|workload)/")
            report("${file}" "${name}" "core depends on no other library of vmscope")
        elseif(name MATCHES "^<boost/process")
            report("${file}" "${name}" "Boost.Process belongs in workload/")
        elseif(name MATCHES "^\"core/([^/\"]+)/")
            set(target "${CMAKE_MATCH_1}")
            list(FIND allowed "${target}" found)
            if(found LESS 0)
                report("${file}" "${name}" "core/${folder} comes before core/${target} in the layers (${core_layers})")
            endif()
        endif()
    endforeach()
endforeach()

# workload
file(GLOB_RECURSE workload_files "${SOURCE_DIR}/workload/*.h" "${SOURCE_DIR}/workload/*.cpp")
foreach(file IN LISTS workload_files)
    read_includes("${file}" names)
    foreach(name IN LISTS names)
        check_no_qt("${file}" "${name}")
        if(name MATCHES "^\"(widgets|app)/")
            report("${file}" "${name}" "workload depends only on core")
        endif()
    endforeach()
endforeach()

# widgets
file(GLOB_RECURSE widget_files "${SOURCE_DIR}/widgets/*.h" "${SOURCE_DIR}/widgets/*.cpp")
foreach(file IN LISTS widget_files)
    read_includes("${file}" names)
    foreach(name IN LISTS names)
        if(name MATCHES "^\"app/")
            report("${file}" "${name}" "widgets never include the application")
        endif()
    endforeach()
endforeach()

# vmscope-cli
file(GLOB_RECURSE cli_files "${SOURCE_DIR}/app/cli/*.h" "${SOURCE_DIR}/app/cli/*.cpp")
foreach(file IN LISTS cli_files)
    read_includes("${file}" names)
    foreach(name IN LISTS names)
        check_no_qt("${file}" "${name}")
        if(name MATCHES "^\"(widgets|app/gui)/")
            report("${file}" "${name}" "vmscope-cli links core and workload only")
        endif()
    endforeach()
endforeach()

list(LENGTH core_files core_count)
list(LENGTH widget_files widget_count)
if(violations GREATER 0)
    message(FATAL_ERROR "${violations} include(s) break the layering rules")
endif()
message("layers: ${core_count} core and ${widget_count} widgets files follow the include rules")
