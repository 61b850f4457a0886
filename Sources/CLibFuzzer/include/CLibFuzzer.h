// libFuzzer's driver, for a fuzz target whose `main` is its own: SwiftPM names an executable's
// entry point itself, so the target calls the driver instead of linking libFuzzer's `main`.
// Defined only in builds with -sanitize=fuzzer (Fuzz/run); declared here for them.
#ifndef DRAGOMAN_CLIBFUZZER_H
#define DRAGOMAN_CLIBFUZZER_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
