#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vmscope {

// /proc/PID/status. Memory values are kB (Documentation/filesystems/proc.rst, table 1-2).
struct ProcessStatus {
    // comm as the kernel prints it: control characters and '\' arrive escaped ("\n", "\\").
    std::string name;
    char state = '?'; // R, S, D, T, t, X, Z, P, I
    int pid = 0;
    int ppid = 0;
    int tgid = 0;
    std::array<std::uint32_t, 4> uid {}; // real, effective, saved set, filesystem
    std::array<std::uint32_t, 4> gid {};
    std::optional<std::uint64_t> vmPeak, vmSize, vmLck, vmPin, vmHwm, vmRss;
    std::optional<std::uint64_t> rssAnon, rssFile, rssShmem; // 4.5+
    std::optional<std::uint64_t> vmData, vmStk, vmExe, vmLib, vmPte, vmSwap, hugetlbPages;
    int threads = 0;
    std::optional<bool> kthread; // "Kthread:" line, 6.x
    // Every line in file order as (key, trimmed value), the known ones included.
    std::vector<std::pair<std::string, std::string>> lines;

    // Kernel threads have no mm, so older kernels print no Vm* lines for them at all.
    bool isKernelThread() const;
    // The value of the first line called `key`.
    std::optional<std::string_view> line(std::string_view key) const;
};

// /proc/PID/statm, in pages. "shared" counts file-backed plus shmem resident pages (2.6.x
// counted every shared page); lib and dt are always 0 since 2.6.
struct Statm {
    std::uint64_t size = 0; // VmSize
    std::uint64_t resident = 0; // VmRSS
    std::uint64_t shared = 0; // RssFile + RssShmem
    std::uint64_t text = 0; // VmExe
    std::uint64_t lib = 0;
    std::uint64_t data = 0; // VmData + VmStk
    std::uint64_t dt = 0;
};

// The head of /proc/PID/stat: "pid (comm) state ppid pgrp ...". comm is the 15-character name
// the process chose, so it may hold spaces, parentheses and control bytes.
struct StatHead {
    int pid = 0;
    std::string name;
    char state = '?'; // R, S, D, Z, T, t, X, I, ...
    int ppid = 0;
    int processGroup = 0;
};

} // namespace vmscope
