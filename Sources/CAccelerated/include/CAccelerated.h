// The few loops written in C to use instructions the processor may have beyond the
// x86-64 baseline Swift compiles for: with SSSE3, Cairo's pixels turned into PNG
// rows, for every PNG. It comes with a test of whether the processor has them; the
// Swift caller falls back to its own code when it does not (and always on other
// processors).
#ifndef UNPLUGGED_CACCELERATED_H
#define UNPLUGGED_CACCELERATED_H

#include <stddef.h>
#include <stdint.h>

/// 1 when this processor has SSSE3, else 0; always 0 on processors other than x86-64.
int unplugged_ssse3(void);

/// Writes `width` pixels of Cairo's RGB24 (native 0x00RRGGBB words) as PNG's RGB
/// bytes, exactly 3 × `width` of them. Only when unplugged_ssse3().
void unplugged_rgb_row(const uint32_t *pixels, size_t width, uint8_t *out);

#endif
