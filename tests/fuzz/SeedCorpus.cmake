# Copies the fixture files whose path (relative to FIXTURES) matches REGEX into OUT, flattening
# the path into the file name so the smaps of different PIDs do not overwrite each other.
# Run with: cmake -DFIXTURES=dir -DOUT=dir -DREGEX=re -P SeedCorpus.cmake
foreach(var FIXTURES OUT REGEX)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "SeedCorpus.cmake: ${var} is not set")
    endif()
endforeach()

# A fresh copy each time: a fixture removed from the tree must not linger as a seed.
file(REMOVE_RECURSE "${OUT}")
file(MAKE_DIRECTORY "${OUT}")
file(GLOB_RECURSE candidates LIST_DIRECTORIES false RELATIVE "${FIXTURES}" "${FIXTURES}/*")
set(count 0)
foreach(relative IN LISTS candidates)
    if(relative MATCHES "${REGEX}")
        string(REPLACE "/" "_" flat "${relative}")
        file(COPY_FILE "${FIXTURES}/${relative}" "${OUT}/${flat}")
        math(EXPR count "${count} + 1")
    endif()
endforeach()
if(count EQUAL 0)
    message(FATAL_ERROR "SeedCorpus.cmake: no fixture under ${FIXTURES} matches ${REGEX}")
endif()
