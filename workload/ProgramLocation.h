#pragma once

#include <string>
#include <string_view>

namespace vmscope {

// True for a regular file this process may execute.
bool isExecutableFile(const std::string& path);

// One of vmscope's own programs (vmscope-cli, vmscope-alloc): the one next to the running program
// (the build tree and the installed layout both put vmscope, vmscope-cli and vmscope-alloc into
// one directory), else the one in the installed bin directory; empty when neither is executable.
std::string locateVmscopeProgram(std::string_view name);

// The first executable `name` in $PATH (what a shell would run); empty when there is none.
std::string findInPath(std::string_view name);

} // namespace vmscope
