#include "CAccelerated.h"

// What the processor has, asked once per call of the CPUID instruction; the Swift
// callers keep the answers.
#if defined(__x86_64__)
#include <cpuid.h>

int unplugged_ssse3(void) {
    unsigned int a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    return (c >> 9) & 1;
}

int unplugged_sha256_hardware(void) {
    unsigned int a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    int ssse3 = (c >> 9) & 1, sse41 = (c >> 19) & 1;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return 0;
    int sha = (b >> 29) & 1;
    return ssse3 && sse41 && sha;
}

#else

int unplugged_ssse3(void) { return 0; }
int unplugged_sha256_hardware(void) { return 0; }

#endif
