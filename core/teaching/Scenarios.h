#pragma once

#include <string_view>
#include <vector>

namespace vmscope {

// One step of a teaching scenario: what vmscope-demo does, what is then true in the kernel's own
// figures, and where in vmscope to see it. English, marked VMSCOPE_TRANSLATABLE("Scenario", ...):
// the GUI translates them, vmscope-demo prints them as written.
struct ScenarioStep {
    const char* title; // "malloc(8)"
    const char* expect; // one sentence: what is now true in /proc
    const char* lookAt; // one sentence: where in vmscope to look
};

// A course experiment that vmscope-demo runs step by step (issue 12). The ids are a contract
// (vmscope-demo ID, the GUI's experiments panel); the steps are exactly the lines it prints.
struct Scenario {
    std::string_view id; // "malloc-threshold"
    const char* title;
    const char* goal; // two or three sentences a student reads first: what this shows and why
    bool needsRoot;
    std::vector<ScenarioStep> steps;
};

// Every scenario, in the order a course meets them.
const std::vector<Scenario>& teachingScenarios();
// The scenario with this id, or null.
const Scenario* findScenario(std::string_view id);

} // namespace vmscope
