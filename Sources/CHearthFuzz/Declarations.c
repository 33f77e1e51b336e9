// CHearthFuzz only declares libFuzzer's driver (see include/CHearthFuzz.h); SwiftPM wants one source file.
#include "CHearthFuzz.h"
