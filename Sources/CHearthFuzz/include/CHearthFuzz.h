#ifndef CHEARTHFUZZ_H
#define CHEARTHFUZZ_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's own driver, in the library without a main (libclang_rt.fuzzer_no_main): `hearth-fuzz` keeps its own
/// main and hands the command line to libFuzzer when built for fuzzing (`make fuzz`). Only declared here: an
/// ordinary build never calls it, so never links it.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
