#include "CPNGRows.h"

// Whether the processor has SSSE3, asked with the CPUID instruction; the Swift
// caller (Processor) asks once and keeps the answer.
#if defined(__x86_64__)
#include <cpuid.h>

int unplugged_ssse3(void) {
    unsigned int a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    return (c >> 9) & 1;
}

#else

int unplugged_ssse3(void) { return 0; }

#endif
