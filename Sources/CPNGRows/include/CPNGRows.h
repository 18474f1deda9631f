// The PNG encoder's one loop written in C, to use an instruction set the processor
// may have beyond the x86-64 baseline Swift compiles for: with SSSE3, Cairo's pixels
// turned into PNG's RGB rows, four at a time. It comes with a test of whether the
// processor has SSSE3; the Swift caller (PNGScanlines) makes the rows itself when
// it does not, and always on other processors.
#ifndef UNPLUGGED_CPNGROWS_H
#define UNPLUGGED_CPNGROWS_H

#include <stddef.h>
#include <stdint.h>

/// 1 when this processor has SSSE3, else 0; always 0 on processors other than x86-64.
int unplugged_ssse3(void);

/// Writes `width` pixels of Cairo's RGB24 (native 0x00RRGGBB words) as PNG's RGB
/// bytes, exactly 3 × `width` of them. Only when unplugged_ssse3().
void unplugged_rgb_row(const uint32_t *pixels, size_t width, uint8_t *out);

#endif
