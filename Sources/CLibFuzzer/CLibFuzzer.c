// Declarations only (see the header).
#include "CLibFuzzer.h"
