// vmscope-cli: the headless face of vmscope for scripts, tests and privileged capture.
// It links the core library only (no Qt Gui/Widgets), so it runs on servers and under sudo.
#include "Cli.h"

#include <iostream>
#include <unistd.h>

int main(int argc, char** argv)
{
    return vmscope::cli::run(argc, argv, std::cout, std::cerr, STDOUT_FILENO);
}
