#pragma once

#include "core/model/Vma.h"

#include <string>
#include <vector>

namespace vmscope {

// Sets kind, reason and relatedVma on every VMA (ascending by start, as maps lists them).
// Kinds follow domain.md; each rule looks only at the VMA, its neighbours and which files
// are executable images in this process, so it works on maps alone and on old kernels.
void classifyRegions(std::vector<Vma>& vmas);

// Appends the sentence that explains vmas[index]'s kind, e.g. "anonymous rw-p right after
// the data segment of /usr/bin/foo: bss (zero-initialised globals)".
void appendReason(std::string& out, const std::vector<Vma>& vmas, std::size_t index);
std::string reasonText(const std::vector<Vma>& vmas, std::size_t index);

// The executable or library name used in explanations: the path's last component.
std::string_view baseName(std::string_view path);

} // namespace vmscope
